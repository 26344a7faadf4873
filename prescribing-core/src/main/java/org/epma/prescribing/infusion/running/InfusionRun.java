package org.epma.prescribing.infusion.running;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.epma.prescribing.administration.AdministrationStopped;
import org.epma.prescribing.administration.FiveRights;
import org.epma.prescribing.administration.Stop;
import org.epma.prescribing.glucose.BloodGlucose;
import org.epma.prescribing.infusion.DoseRate;
import org.epma.prescribing.infusion.InfusionRates;
import org.epma.prescribing.infusion.RateChange;
import org.epma.prescribing.infusion.RateNotComputable;
import org.epma.prescribing.infusion.ScaleRate;
import org.epma.prescribing.infusion.VriiiScale;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;

/**
 * One infusion's events replayed into where it stands — not started, running at a rate, paused or stopped; which bag is
 * up and how much of it has run — and the rule for the next event: a bag is started once and then changed; the rate moves
 * only within the prescribed titration bounds, with a reason (beyond them, or for an order without bounds, it needs a new
 * prescription); a pause is restarted at the rate it had; no volume beyond the bag's; nothing after the stop; and events in
 * the order they happened, a late entry saying why as a dose's does. It saves nothing and reads no database.
 */
public final class InfusionRun {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final BigDecimal MINUTES_PER_HOUR = new BigDecimal("60");
    private static final BigDecimal MOST_ML = new BigDecimal("1000000");

    /** The event to record, as the rule decided it. {@code rate} is the pump's after the event, null while it is not running. */
    public record Next(InfusionEventType event, int bagNumber, RateSetting rate, BigDecimal bagVolumeMl,
                       BigDecimal volumeInfusedMl, String reason) {
        public Next {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(bagVolumeMl, "bagVolumeMl");
        }
    }

    private final InfusionPlan plan;
    private final List<InfusionEvent> events;
    private final Map<Long, InfusionEvent> corrections;
    private InfusionState state = InfusionState.NOT_STARTED;
    private RateSetting rate;
    private int bag;
    private BigDecimal bagVolume;
    /** The volume run from the bag up, estimated from the rate since the last reading, as at {@link #infusedAt}. */
    private BigDecimal infused = BigDecimal.ZERO;
    private Instant infusedAt;
    private BigDecimal lastReading = BigDecimal.ZERO;
    private Instant lastAt;

    public InfusionRun(InfusionPlan plan, List<InfusionEvent> recorded) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.events = recorded.stream().sorted(Comparator.comparing(InfusionEvent::occurredAt)
                .thenComparing(e -> e.id() == null ? Long.MAX_VALUE : e.id())).toList();
        this.bagVolume = plan.bag().finalVolumeMl();
        this.corrections = corrections(events);
        standing().forEach(this::replay);
    }

    static Map<Long, InfusionEvent> corrections(List<InfusionEvent> events) {
        return Map.copyOf(events.stream().filter(e -> e.correctsId() != null)
                .collect(Collectors.toMap(InfusionEvent::correctsId, e -> e, (first, second) -> first)));
    }

    /** The events that stand: not a strike-through, and not struck through. Where the infusion stands is made of these. */
    public List<InfusionEvent> standing() {
        return events.stream().filter(e -> e.event() != InfusionEventType.STRUCK_THROUGH && (e.id() == null || !corrections.containsKey(e.id()))).toList();
    }

    /** The strike-throughs, by the id of the event each marks as made in error. */
    public Map<Long, InfusionEvent> corrections() {
        return corrections;
    }

    private void replay(InfusionEvent e) {
        runUntil(e.occurredAt());
        switch (e.event()) {
            case STARTED, BAG_CHANGED -> {
                state = InfusionState.RUNNING;
                rate = e.rate();
                bag = e.bagNumber();
                bagVolume = e.bagVolumeMl();
                infused = BigDecimal.ZERO;
                lastReading = BigDecimal.ZERO;
            }
            case RATE_CHANGED -> rate = e.rate();
            case PAUSED -> state = InfusionState.PAUSED;
            case RESTARTED -> {
                state = InfusionState.RUNNING;
                rate = e.rate();
            }
            case VOLUME_RECORDED -> {
                infused = e.volumeInfusedMl();
                lastReading = e.volumeInfusedMl();
            }
            case STOPPED -> state = InfusionState.STOPPED;
            case STRUCK_THROUGH -> throw new IllegalStateException("a strike-through is not replayed");
        }
        lastAt = e.occurredAt();
    }

    /** The pump ran at its rate from the last point reckoned to {@code at}: what ran is added to the bag's volume run. */
    private void runUntil(Instant at) {
        if (state == InfusionState.RUNNING && infusedAt != null && at.isAfter(infusedAt)) {
            infused = infused.add(rate.mlPerHour().multiply(hours(infusedAt, at))).min(bagVolume);
        }
        infusedAt = at;
    }

    private static BigDecimal hours(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).getSeconds()).divide(new BigDecimal("3600"), MathContext.DECIMAL64);
    }

    public InfusionState state() {
        return state;
    }

    /** Every event in the order they happened, strike-throughs and the events they strike through among them. */
    public List<InfusionEvent> events() {
        return events;
    }

    /** The bag up now (1 for the first), 0 before any. */
    public int bagNumber() {
        return bag;
    }

    /** The rate the pump runs at, or ran at before a pause; null before the first bag and after the stop. */
    public RateSetting rate() {
        return state == InfusionState.NOT_STARTED || state == InfusionState.STOPPED ? null : rate;
    }

    /**
     * When the bag up runs out at the rate in force, from the last volume read off the pump (or the bag's start) and the
     * rate since: empty unless running.
     */
    public Optional<Instant> bagRunsOutAt() {
        if (state != InfusionState.RUNNING) {
            return Optional.empty();
        }
        BigDecimal left = bagVolume.subtract(infused);
        if (left.signum() <= 0) {
            return Optional.of(infusedAt);
        }
        BigDecimal seconds = left.multiply(new BigDecimal("3600")).divide(rate.mlPerHour(), MathContext.DECIMAL64);
        return Optional.of(infusedAt.plusSeconds(seconds.longValue()));
    }

    /**
     * When an event happened: now when not given; never still to come; not before the last event recorded (events go in the
     * order they happened); more than {@link FiveRights#LATE_ENTRY} ago only with the reason for the late entry.
     */
    public Instant occurredAt(Instant requested, String lateReason, Instant now, ZoneId zone) {
        Instant at = requested == null ? now : requested;
        if (at.isAfter(now.plus(FiveRights.CLOCK_SKEW))) {
            throw new InvalidInputException("occurredAt", RunningSentence.TIME_TO_COME.with(),
                    "An infusion's event cannot be recorded for a time still to come.");
        }
        if (lastAt != null && at.isBefore(lastAt)) {
            String time = lastAt.atZone(zone).format(TIME);
            throw new InvalidInputException("occurredAt", RunningSentence.BEFORE_LAST_EVENT.with(time), "The last event of this"
                    + " infusion was at " + time + ": record events in the order they happened.");
        }
        if (at.isBefore(now.minus(FiveRights.LATE_ENTRY)) && lateReason == null) {
            String time = at.atZone(zone).format(TIME);
            throw new AdministrationStopped(Stop.LATE_ENTRY_NEEDS_REASON, RunningSentence.LATE_ENTRY.with(time),
                    "This is recorded after the event (it was at " + time + "): give the reason for the late entry.");
        }
        return at;
    }

    /** The first bag, at the prescribed rate. */
    public Next start() {
        requireNotStopped();
        if (state != InfusionState.NOT_STARTED) {
            throw new ConflictException(RunningSentence.ALREADY_STARTED.with(),
                    "This infusion is already running: a new bag of it is a bag change.");
        }
        return new Next(InfusionEventType.STARTED, 1, plan.prescribedRate(), plan.bag().finalVolumeMl(), null, null);
    }

    /**
     * A new bag of the same order, at the rate in force (a paused infusion runs again with it); {@code takenDownAfter}, when
     * read, is what ran from the bag taken down.
     */
    public Next changeBag(BigDecimal takenDownAfter) {
        requireStarted();
        checkVolume(takenDownAfter);
        return new Next(InfusionEventType.BAG_CHANGED, bag + 1, rate, plan.bag().finalVolumeMl(), takenDownAfter, null);
    }

    /**
     * A new rate, given one way: as the pump's mL/hour or as the dose rate in the prescription's unit. Within the
     * titration bounds with a reason; otherwise it needs a new prescription ({@link Stop#RATE_NEEDS_PRESCRIPTION}). A rate
     * given in mL/hour is checked as the dose rate it gives, to three significant figures, so the pump's rounding to 0.1
     * mL/hour does not push a rate at the edge of the range outside it.
     */
    public Next changeRate(BigDecimal mlPerHour, BigDecimal doseRate, String reason, BigDecimal weightKg, BloodGlucose latest) {
        requireRunning();
        if ((mlPerHour == null) == (doseRate == null)) {
            throw new InvalidInputException("rateMlPerHour", RunningSentence.ONE_RATE.with(),
                    "Give the new rate one way: mL/hour, or the dose rate.");
        }
        plausible(mlPerHour == null ? "doseRate" : "rateMlPerHour", mlPerHour == null ? doseRate : mlPerHour);
        RateSetting proposed = mlPerHour == null ? byDoseRate(doseRate, weightKg) : byPump(mlPerHour, weightKg);
        if (proposed.mlPerHour().compareTo(rate.mlPerHour()) == 0) {
            String now = number(rate.mlPerHour()) + " mL/hour";
            throw new InvalidInputException(mlPerHour == null ? "doseRate" : "rateMlPerHour", RunningSentence.SAME_RATE.with(now),
                    "The infusion runs at " + now + " already.");
        }
        if (plan.doseRate() == null) {
            String only = number(plan.rateMlPerHour()) + " mL/hour";
            throw new AdministrationStopped(Stop.RATE_NEEDS_PRESCRIPTION, RunningSentence.FIXED_RATE.with(only),
                    "This infusion is prescribed at " + only + " only: a different rate needs a new prescription.");
        }
        if (plan.vriii() != null) {
            return new Next(InfusionEventType.RATE_CHANGED, bag, proposed, bagVolume, null, onScale(proposed, reason, latest));
        }
        RateChange.Decision decision = RateChange.decide(plan.titration(), plan.doseRate(), proposed.doseRate(), reason);
        switch (decision.outcome()) {
            case NOT_TITRATABLE -> throw new AdministrationStopped(Stop.RATE_NEEDS_PRESCRIPTION,
                    RunningSentence.FIXED_RATE.with(plan.doseRate().display()), "This infusion is prescribed at "
                    + plan.doseRate().display() + " only: a different rate needs a new prescription.");
            case OUTSIDE_BOUNDS -> {
                String lowest = plan.titration().lowest().display();
                String highest = plan.titration().highest().display();
                throw new AdministrationStopped(Stop.RATE_NEEDS_PRESCRIPTION, RunningSentence.OUTSIDE_RANGE.with(
                        proposed.doseRate().display(), lowest, highest), proposed.doseRate().display()
                        + " is outside the prescribed range (" + lowest + " to " + highest + "): it needs a new prescription.");
            }
            case NEEDS_REASON -> throw new InvalidInputException("reason", RunningSentence.REASON_NEEDED.with(),
                    "Say why the rate is changed (for example the reading it responds to).");
            case ALLOWED -> { }
        }
        return new Next(InfusionEventType.RATE_CHANGED, bag, proposed, bagVolume, null, reason);
    }

    /**
     * A VRIII's new rate follows its scale, not titration bounds: the rate the scale gives at the latest reading is recorded
     * (its reason, when none is given, says so); another rate on the scale needs a reason, because the nurse may act on a
     * reading not recorded yet or on the prescriber's word; a rate the scale does not give at all needs a new prescription.
     */
    private String onScale(RateSetting proposed, String reason, BloodGlucose latest) {
        VriiiScale scale = plan.vriii();
        if (!scale.gives(proposed.doseRate())) {
            throw new AdministrationStopped(Stop.RATE_NEEDS_PRESCRIPTION, RunningSentence.NOT_ON_SCALE.with(
                    proposed.doseRate().display()), proposed.doseRate().display()
                    + " is not a rate on this VRIII's scale: a different rate needs a new prescription.");
        }
        if (latest == null) {
            if (reason == null) {
                throw new InvalidInputException("reason", RunningSentence.SCALE_NO_READING.with(),
                        "No blood glucose is recorded: record it, or say why the rate is changed.");
            }
            return reason;
        }
        ScaleRate given = scale.rateFor(latest);
        if (!given.stop() && given.unitsPerHour().compareTo(proposed.doseRate().amount()) == 0) {
            return reason != null ? reason : "VRIII scale at glucose " + latest.display();
        }
        if (reason == null) {
            throw new InvalidInputException("reason", RunningSentence.SCALE_GIVES_OTHER.with(proposed.doseRate().display(),
                    latest.display(), given.display()), "At a glucose of " + latest.display() + " the scale gives "
                    + given.display() + ", not " + proposed.doseRate().display() + ": say why.");
        }
        return reason;
    }

    private RateSetting byDoseRate(BigDecimal amount, BigDecimal weightKg) {
        if (plan.doseRate() == null) {
            throw new InvalidInputException("doseRate", RunningSentence.NO_DOSE_RATE.with(),
                    "This infusion has no dose rate: give the rate in mL/hour.");
        }
        DoseRate given = new DoseRate(amount, plan.doseRate().unit());
        return new RateSetting(InfusionRates.pumpRate(computed(() -> InfusionRates.mlPerHour(given, plan.bag(), weightKg))), given);
    }

    private RateSetting byPump(BigDecimal mlPerHour, BigDecimal weightKg) {
        BigDecimal pump = InfusionRates.pumpRate(mlPerHour);
        if (pump.signum() <= 0) {
            throw new InvalidInputException("rateMlPerHour", RunningSentence.IMPLAUSIBLE_NUMBER.with(),
                    "More than 0 and less than 1,000,000, with at most 4 decimal places, is expected.");
        }
        if (plan.doseRate() == null) {
            return new RateSetting(pump, null);
        }
        DoseRate exact = computed(() -> InfusionRates.doseRate(pump, plan.bag(), plan.doseRate().unit(), weightKg));
        return new RateSetting(pump, new DoseRate(InfusionRates.readable(exact.amount()), exact.unit()));
    }

    private static <T> T computed(java.util.function.Supplier<T> rate) {
        try {
            return rate.get();
        } catch (RateNotComputable e) {
            throw new InvalidInputException("rateMlPerHour", RunningSentence.RATE_NOT_COMPUTABLE.with(e.getMessage()), e.getMessage());
        }
    }

    public Next pause(String reason) {
        requireRunning();
        return new Next(InfusionEventType.PAUSED, bag, null, bagVolume, null, reason);
    }

    /** Runs again at the rate it had when paused. */
    public Next restart() {
        requireStarted();
        if (state != InfusionState.PAUSED) {
            throw new ConflictException(RunningSentence.NOT_PAUSED.with(), "This infusion is not paused: there is nothing to restart.");
        }
        return new Next(InfusionEventType.RESTARTED, bag, rate, bagVolume, null, null);
    }

    /** The end of the infusion; {@code volumeInfused}, when read, is what ran from the last bag. */
    public Next stop(BigDecimal volumeInfused, String reason) {
        requireStarted();
        checkVolume(volumeInfused);
        return new Next(InfusionEventType.STOPPED, bag, null, bagVolume, volumeInfused, reason);
    }

    /** The volume the pump says has run from the bag up: never more than the bag holds, never less than an earlier reading. */
    public Next recordVolume(BigDecimal volumeInfused) {
        requireStarted();
        if (volumeInfused == null) {
            throw new InvalidInputException("volumeInfusedMl", RunningSentence.VOLUME_NEEDED.with(), "Give the volume infused in mL.");
        }
        checkVolume(volumeInfused);
        return new Next(InfusionEventType.VOLUME_RECORDED, bag, state == InfusionState.RUNNING ? rate : null, bagVolume,
                volumeInfused, null);
    }

    private void checkVolume(BigDecimal volume) {
        if (volume == null) {
            return;
        }
        if (volume.signum() < 0 || volume.scale() > 4 || volume.compareTo(MOST_ML) >= 0) {
            throw new InvalidInputException("volumeInfusedMl", RunningSentence.IMPLAUSIBLE_NUMBER.with(),
                    "More than 0 and less than 1,000,000, with at most 4 decimal places, is expected.");
        }
        if (volume.compareTo(bagVolume) > 0) {
            throw new InvalidInputException("volumeInfusedMl", RunningSentence.VOLUME_ABOVE_BAG.with(number(volume), number(bagVolume)),
                    number(volume) + " mL is more than the bag holds (" + number(bagVolume) + " mL).");
        }
        if (volume.compareTo(lastReading) < 0) {
            throw new InvalidInputException("volumeInfusedMl", RunningSentence.VOLUME_BELOW_EARLIER.with(number(volume),
                    number(lastReading)), number(volume) + " mL is less than the " + number(lastReading)
                    + " mL read earlier from this bag.");
        }
    }

    private static void plausible(String field, BigDecimal value) {
        if (value.signum() <= 0 || value.scale() > 4 || value.compareTo(MOST_ML) >= 0) {
            throw new InvalidInputException(field, RunningSentence.IMPLAUSIBLE_NUMBER.with(),
                    "More than 0 and less than 1,000,000, with at most 4 decimal places, is expected.");
        }
    }

    private void requireRunning() {
        requireStarted();
        if (state != InfusionState.RUNNING) {
            throw new ConflictException(RunningSentence.NOT_RUNNING.with(), "This infusion is paused: restart it first.");
        }
    }

    private void requireStarted() {
        requireNotStopped();
        if (state == InfusionState.NOT_STARTED) {
            throw new ConflictException(RunningSentence.NOT_STARTED.with(), "No bag of this infusion has been started yet.");
        }
    }

    private void requireNotStopped() {
        if (state == InfusionState.STOPPED) {
            throw new ConflictException(RunningSentence.STOPPED.with(), "This infusion was stopped: nothing more is"
                    + " recorded against it. Running it again needs a new prescription.");
        }
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
