package org.epma.prescribing.infusion.running;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.prescribing.administration.Administrations;
import org.epma.prescribing.administration.BedsideAdministration;
import org.epma.prescribing.administration.FiveRights;
import org.epma.prescribing.administration.ProductScan;
import org.epma.prescribing.administration.RecordSentence;
import org.epma.prescribing.administration.SecondCheckRegister;
import org.epma.prescribing.administration.StopSentence;
import org.epma.prescribing.administration.WitnessNotConfirmed;
import org.epma.prescribing.administration.Witnessing;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.glucose.BloodGlucose;
import org.epma.prescribing.glucose.GlucoseReading;
import org.epma.prescribing.glucose.GlucoseReadings;
import org.epma.prescribing.infusion.InfusionAlerts;
import org.epma.prescribing.infusion.InfusionDetails;
import org.epma.prescribing.infusion.Infusions;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.order.Prescriptions;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.Duty;
import org.epma.prescribing.refusal.DutyRefusedException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.staff.Role;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.ward.WardContext;
import org.epma.prescribing.ward.WardService;

/**
 * Recording what happens to a continuous infusion or fluid at the bedside: load the order and its infusion part, replay
 * its events ({@link InfusionRun}), check a bag put up through {@link FiveRights} as a dose is checked, ask the run for
 * the next event, store it and audit it. Events of one order are made one at a time (the order's row is locked), and a
 * retried request with the same idempotency key returns the first event. An intermittent infusion is a dose at a
 * frequency and is recorded on the chart as doses are.
 */
@ApplicationScoped
@Transactional
public class InfusionAdministration {

    static final String ENTITY = "InfusionEvent";
    // a time and a date that read the same in either language, for the sentence a screen words
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter NUMERIC_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    /** The statuses in which a bag is due and the rate may move: signed, and not suspended or ended. */
    static final Set<PrescriptionStatus> IN_FORCE = Set.of(PrescriptionStatus.VERIFIED, PrescriptionStatus.PENDING_VERIFICATION);
    /** A bag that runs out within this time is due: the drug round shows it, as it shows doses due in the next hour. */
    public static final Duration BAG_DUE_WITHIN = Duration.ofHours(1);

    private final Prescriptions prescriptions;
    private final Infusions infusions;
    private final InfusionEvents events;
    private final InfusionAlerts weights;
    private final FormularyContent content;
    private final PatientRecords patients;
    private final WardService wards;
    private final AuditTrail audit;
    private final Clock clock;
    private final Administrations administrations;
    private final StaffAccounts staff;
    private final SecondCheckRegister secondChecks;
    private final GlucoseReadings glucose;
    private final Witnessing witnessing;

    /**
     * An event to record: which patient and infusion order, what happened, the two scans of a bag put up, the new rate
     * (one way: mL/hour or the dose rate in the prescription's unit) and why, the volume read off the pump, when it
     * happened (null: now) and why it is recorded late; for a bag put up of a medicine checked by a second person, that
     * person's user name and password.
     */
    public record EventRequest(String idempotencyKey, long patientId, long prescriptionId, InfusionEventType event,
                               String wristband, String productBarcode, BigDecimal rateMlPerHour, BigDecimal doseRate,
                               String reason, BigDecimal volumeInfusedMl, Instant occurredAt, String lateReason,
                               Witnessing.Claim witness) {
    }

    @Inject
    public InfusionAdministration(Prescriptions prescriptions, Infusions infusions, InfusionEvents events, InfusionAlerts weights,
                                  FormularyContent content, PatientRecords patients, WardService wards, AuditTrail audit,
                                  Clock clock, Administrations administrations, StaffAccounts staff,
                                  SecondCheckRegister secondChecks, GlucoseReadings glucose, Witnessing witnessing) {
        this.prescriptions = prescriptions;
        this.infusions = infusions;
        this.events = events;
        this.weights = weights;
        this.content = content;
        this.patients = patients;
        this.wards = wards;
        this.audit = audit;
        this.clock = clock;
        this.administrations = administrations;
        this.staff = staff;
        this.secondChecks = secondChecks;
        this.glucose = glucose;
        this.witnessing = witnessing;
    }

    protected InfusionAdministration() {
        this(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Records one event after every check; the same key again returns the first event. A witness's refused password is
     * audited and the refusal thrown: that entry commits (nothing of the event has been written by then).
     */
    @Transactional(dontRollbackOn = WitnessNotConfirmed.class)
    public InfusionEvent record(EventRequest request, Actor by) {
        try {
            return recordChecked(request, by);
        } finally {
            if (request.witness() != null && request.witness().password() != null) {
                Arrays.fill(request.witness().password(), '\0');
            }
        }
    }

    private InfusionEvent recordChecked(EventRequest request, Actor by) {
        BedsideAdministration.requireKey(request.idempotencyKey());
        Prescription order = prescriptions.findLocked(request.prescriptionId())
                .filter(o -> o.patientId().equals(request.patientId()))
                .orElseThrow(() -> new NotFoundException("infusion", request.prescriptionId() + " of patient " + request.patientId()));
        Optional<InfusionEvent> earlier = events.byKey(request.idempotencyKey());
        if (earlier.isPresent()) {
            if (!earlier.get().prescriptionId().equals(request.prescriptionId())) {
                throw new ConflictException(RecordSentence.KEY_REUSED.with(), "This idempotency key was already used for a different record.");
            }
            return earlier.get();
        }
        InfusionDetails details = infusion(order.id());
        if (request.event() == null) {
            throw new InvalidInputException("event", RunningSentence.SAY_EVENT.with(), "Say what happened: STARTED, RATE_CHANGED,"
                    + " PAUSED, RESTARTED, BAG_CHANGED, VOLUME_RECORDED or STOPPED.");
        }
        Patient patient = patients.get(request.patientId());
        Product product = content.formulary().product(order.productCode()).orElseThrow(() ->
                new IllegalStateException("order " + order.id() + " names product " + order.productCode() + ", not in the formulary"));
        WardContext ward = WardContext.of(wards.currentPlace(patient.id()));
        Instant now = clock.instant();
        InfusionRun run = new InfusionRun(InfusionPlan.of(details), events.of(order.id()));
        String lateReason = Text.optional("lateReason", request.lateReason(), 500);
        String reason = Text.optional("reason", request.reason(), 500);
        Instant at = run.occurredAt(request.occurredAt(), lateReason, now, ward.zone());
        InfusionEvent.BagScan scan = null;
        boolean needsWitness = false;
        if (request.event().hangsABag()) {
            FiveRights fiveRights = fiveRights();
            ProductScan scanned = fiveRights.checkBag(patient, order, product, request.wristband(), request.productBarcode(),
                    LocalDate.ofInstant(now, ward.zone()));
            scan = new InfusionEvent.BagScan(scanned.gtin().value(), scanned.batch(), scanned.expiry(), scanned.serial());
            needsWitness = fiveRights.witnessForBag(order, product, request.witness(), by);
        } else if (request.witness() != null) {
            throw new InvalidInputException("witness", RunningSentence.WITNESS_ONLY_FOR_BAG.with(),
                    "Only a bag put up is checked by a second person: leave the witness out.");
        }
        InfusionRun.Next next = switch (request.event()) {
            case STARTED -> run.start();
            case BAG_CHANGED -> run.changeBag(request.volumeInfusedMl());
            case RATE_CHANGED -> {
                FiveRights.requireActive(order, product);
                yield run.changeRate(request.rateMlPerHour(), request.doseRate(), reason, weights.weightKg(patient.id()),
                        details.vriii() == null ? null : latestGlucose(patient.id()).map(g -> new BloodGlucose(g.glucose())).orElse(null));
            }
            case PAUSED -> run.pause(reason);
            case RESTARTED -> {
                FiveRights.requireActive(order, product);
                yield run.restart();
            }
            case VOLUME_RECORDED -> run.recordVolume(request.volumeInfusedMl());
            case STOPPED -> run.stop(request.volumeInfusedMl(), reason);
            case STRUCK_THROUGH -> throw new InvalidInputException("event", RunningSentence.SAY_EVENT.with(), "Say what happened:"
                    + " STARTED, RATE_CHANGED, PAUSED, RESTARTED, BAG_CHANGED, VOLUME_RECORDED or STOPPED (an event made in"
                    + " error is struck through on its own).");
        };
        // asked last, so that only an event that passed every other check reaches the witness's password
        String witness = needsWitness ? witnessing.confirm(request.witness(), by, "infusion " + order.id() + " bag ("
                + product.name() + ")") : null;
        InfusionEvent event = new InfusionEvent(patient.id(), order.id(), next, scan, witness,
                new InfusionEvent.Recording(request.idempotencyKey(), at, lateReason, now, by.username()));
        events.add(event);
        audit.record(by, AuditAction.CREATED, ENTITY, event.id(), null, event.auditState(), summary(event, product));
        return event;
    }

    /**
     * Strikes an event through as made in error, with the reason, by writing a correction beside it (the event stays as it
     * was recorded); where the infusion stands is then worked out without it. Only the nurse who recorded the event, or
     * the nurse in charge, may. A correction is not struck through, nor an event twice, nor a bag put up while events
     * recorded after it still stand. The same key again returns the first correction.
     */
    public InfusionEvent strikeThrough(long patientId, long prescriptionId, long eventId, String reason, String idempotencyKey,
                                       Actor by) {
        BedsideAdministration.requireKey(idempotencyKey);
        Prescription order = prescriptions.findLocked(prescriptionId).filter(o -> o.patientId().equals(patientId))
                .orElseThrow(() -> new NotFoundException("infusion", prescriptionId + " of patient " + patientId));
        Optional<InfusionEvent> earlier = events.byKey(idempotencyKey);
        if (earlier.isPresent()) {
            if (!Long.valueOf(eventId).equals(earlier.get().correctsId())) {
                throw new ConflictException(RecordSentence.KEY_REUSED.with(), "This idempotency key was already used for a different record.");
            }
            return earlier.get();
        }
        InfusionDetails details = infusion(order.id());
        InfusionRun run = new InfusionRun(InfusionPlan.of(details), events.of(order.id()));
        InfusionEvent original = run.events().stream().filter(e -> e.id() == eventId).findFirst()
                .orElseThrow(() -> new NotFoundException("infusion event", eventId + " of infusion " + prescriptionId));
        if (!original.recordedBy().equals(by.username()) && !by.role().equals(Role.NURSE_IN_CHARGE.name())) {
            throw new DutyRefusedException(Duty.OTHERS_RECORD, "This event was recorded by " + original.recordedBy()
                    + ": only they, or the nurse in charge with a reason, may strike it through.");
        }
        if (original.event() == InfusionEventType.STRUCK_THROUGH) {
            throw new ConflictException(RecordSentence.CORRECTION_NOT_STRUCK.with(), "This is itself a correction; it cannot be struck through.");
        }
        InfusionEvent already = run.corrections().get(eventId);
        if (already != null) {
            ZonedDateTime at = already.recordedAt().atZone(WardContext.of(wards.currentPlace(patientId)).zone());
            String who = staff.find(already.recordedBy()).map(u -> u.displayName() + " (" + already.recordedBy() + ")")
                    .orElse(already.recordedBy());
            throw new ConflictException(RecordSentence.ALREADY_IN_ERROR.with(who, StopSentence.TIME_ON_DATE.with(at.format(CLOCK),
                    at.format(NUMERIC_DATE))), "This record was already marked in error by " + who + " at " + at.format(CLOCK)
                    + " on " + at.format(NUMERIC_DATE) + ".");
        }
        List<InfusionEvent> standing = run.standing();
        if (original.event().hangsABag() && !standing.get(standing.size() - 1).equals(original)) {
            throw new ConflictException(RunningSentence.LATER_EVENTS_ON_BAG.with(), "Events recorded after this bag was put up"
                    + " still stand: strike them through first.");
        }
        String why = Text.optional("reason", reason, 500);
        if (why == null) {
            throw new InvalidInputException("reason", StopSentence.IN_ERROR_REASON_NEEDED.with(), "Say why the record was made in error.");
        }
        InfusionEvent correction = original.strikeThrough(why, idempotencyKey, clock.instant(), by.username());
        events.add(correction);
        audit.record(by, AuditAction.CREATED, ENTITY, correction.id(), original.auditState(), correction.auditState(),
                "infusion event " + eventId + " (" + original.event().name().toLowerCase(Locale.UK).replace('_', ' ')
                + ") struck through: " + why);
        return correction;
    }

    /** One infusion order as the bedside sees it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RunningInfusion running(long patientId, long prescriptionId) {
        Prescription order = prescriptions.find(prescriptionId).filter(o -> o.patientId().equals(patientId))
                .orElseThrow(() -> new NotFoundException("infusion", prescriptionId + " of patient " + patientId));
        InfusionDetails details = infusion(prescriptionId);
        return RunningInfusion.of(order, details, new InfusionRun(InfusionPlan.of(details), events.of(prescriptionId)),
                clock.instant().plus(BAG_DUE_WITHIN), details.vriii() == null ? null : latestGlucose(patientId).orElse(null));
    }

    /**
     * The continuous infusions and fluids of these orders (current ones, as a chart or round lists them) that are
     * running, paused, or in force and not started; each with its events.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RunningInfusion> of(Collection<Prescription> orders) {
        Map<Long, Prescription> byId = orders.stream().filter(o -> o.id() != null)
                .collect(Collectors.toMap(Prescription::id, o -> o, (a, b) -> a));
        List<InfusionDetails> found = infusions.of(byId.keySet()).stream().filter(d -> d.kind().runsFromBags()).toList();
        Map<Long, List<InfusionEvent>> history = events.of(found.stream().map(InfusionDetails::prescriptionId).toList()).stream()
                .collect(Collectors.groupingBy(InfusionEvent::prescriptionId));
        Instant dueBy = clock.instant().plus(BAG_DUE_WITHIN);
        List<RunningInfusion> running = new ArrayList<>();
        Map<Long, Optional<GlucoseReading>> latest = new HashMap<>();
        for (InfusionDetails details : found) {
            InfusionRun run = new InfusionRun(InfusionPlan.of(details), history.getOrDefault(details.prescriptionId(), List.of()));
            Prescription order = byId.get(details.prescriptionId());
            if (run.state() != InfusionState.STOPPED && (run.state() != InfusionState.NOT_STARTED || IN_FORCE.contains(order.status()))) {
                GlucoseReading reading = details.vriii() == null ? null
                        : latest.computeIfAbsent(order.patientId(), this::latestGlucose).orElse(null);
                running.add(RunningInfusion.of(order, details, run, dueBy, reading));
            }
        }
        return running;
    }

    /**
     * The continuous infusions and fluids among these orders (a chart's), whatever their state, each with what happened
     * between {@code from} and {@code to} and the last event before: what the MAR draws on the order's row.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, InfusionPeriod> inPeriod(Collection<Prescription> orders, Instant from, Instant to) {
        List<Long> ids = orders.stream().map(Prescription::id).filter(Objects::nonNull).distinct().toList();
        List<Long> fromBags = infusions.of(ids).stream().filter(d -> d.kind().runsFromBags())
                .map(InfusionDetails::prescriptionId).toList();
        Map<Long, List<InfusionEvent>> history = events.of(fromBags).stream()
                .collect(Collectors.groupingBy(InfusionEvent::prescriptionId));
        Map<Long, InfusionPeriod> periods = new HashMap<>();
        for (Long id : fromBags) {
            periods.put(id, InfusionPeriod.of(history.getOrDefault(id, List.of()), from, to));
        }
        return periods;
    }

    /**
     * The patient's VRIIIs (current orders, running, paused or not started yet), each with what its scale gives at the
     * latest glucose: for the answer to a glucose reading.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RunningInfusion> vriiis(long patientId) {
        return of(prescriptions.current(patientId)).stream().filter(r -> r.infusion().vriii() != null).toList();
    }

    private Optional<GlucoseReading> latestGlucose(long patientId) {
        return glucose.latest(patientId, 1).stream().findFirst();
    }

    private InfusionDetails infusion(long prescriptionId) {
        InfusionDetails details = infusions.find(prescriptionId).orElseThrow(() -> new NotFoundException("infusion", prescriptionId));
        if (!details.kind().runsFromBags()) {
            throw new ConflictException(RunningSentence.INTERMITTENT_AS_DOSES.with(), "An intermittent infusion is a dose at a"
                    + " frequency: record each dose on the chart, as any dose.");
        }
        return details;
    }

    private FiveRights fiveRights() {
        return new FiveRights(content.formulary(), administrations, patients::findByHospitalNumber,
                username -> staff.find(username).map(u -> u.displayName() + " (" + username + ")").orElse(username),
                secondChecks.checks());
    }

    private static String summary(InfusionEvent event, Product product) {
        String rate = event.rate() == null ? "" : " at " + event.rate().mlPerHour().stripTrailingZeros().toPlainString() + " mL/hour"
                + (event.rate().doseRate() == null ? "" : " (" + event.rate().doseRate().display() + ")");
        return event.event().name().toLowerCase().replace('_', ' ') + ": " + product.name() + ", bag " + event.bagNumber() + rate
                + (event.reason() == null ? "" : ": " + event.reason());
    }
}
