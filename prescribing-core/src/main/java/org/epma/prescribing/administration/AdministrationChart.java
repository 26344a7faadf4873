package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.order.Prescriptions;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.ward.Ward;
import org.epma.prescribing.ward.WardContext;
import org.epma.prescribing.ward.WardPatient;
import org.epma.prescribing.ward.WardService;

/**
 * What the nurses read: the ward's drug round (doses due, overdue and coming, as-needed medicines available) and a
 * patient's administration chart (every scheduled dose and every record over a stretch of days). Reads only, and
 * with a fixed number of queries whatever the size of the ward.
 */
@ApplicationScoped
// one transaction a read, so that its queries share one connection
@Transactional
public class AdministrationChart {

    /** How far back the round looks for doses still unrecorded. */
    static final Duration LOOK_BACK = Duration.ofHours(24);
    private static final int MOST_DAYS = 31;
    private static final Duration LONGEST_CHART = Duration.ofDays(MOST_DAYS);
    /** Yesterday, today and tomorrow. */
    private static final int DEFAULT_DAYS = 3;
    private static final Set<PrescriptionStatus> ON_CHART = Set.of(PrescriptionStatus.PENDING_VERIFICATION,
            PrescriptionStatus.VERIFIED, PrescriptionStatus.SUSPENDED, PrescriptionStatus.DISCONTINUED,
            PrescriptionStatus.COMPLETED, PrescriptionStatus.SUPERSEDED);

    private final Prescriptions prescriptions;
    private final Administrations administrations;
    private final MissingDoseRequests missingDoses;
    private final FormularyContent content;
    private final PatientRecords patients;
    private final WardService wards;
    private final EffectPrompt effectPrompt;
    private final Clock clock;
    private final OrdersFromBags fromBags;

    /**
     * An as-needed order now: whether a dose may be given, and the last one; {@code amountInLast24Hours} is what was
     * given in the last 24 hours as recorded, which for a range order is not the count times any one dose.
     */
    public record PrnState(boolean availableNow, String limitMessage, Instant nextFrom, int givenInLast24Hours,
                           Administration lastGiven, AmountGiven amountInLast24Hours) {
    }

    /** One order on the round or the chart, with what the nurse must know of it. */
    public record OrderOnChart(Prescription order, Product product, List<ChartDose> doses, PrnState prn,
                               List<MissingDoseRequest> missingDoseRequests) {
        public boolean verified() {
            return order.verifiedAt() != null;
        }

        public boolean controlled() {
            return product.strictlyControlled();
        }
    }

    /** A given as-needed dose whose effect is still to be recorded, and from when the nurse is prompted. */
    public record EffectDue(Prescription order, Administration dose, Instant promptFrom) {
    }

    public record PatientRound(WardPatient patient, List<OrderOnChart> orders, List<EffectDue> effectsDue) {
    }

    /** {@code fromBags}: the orders on the round that run from bags (infusions to show as bags, not doses). */
    public record WardRound(Ward ward, Instant now, Instant until, List<PatientRound> patients, Set<Long> fromBags) {
    }

    public record PatientChart(Patient patient, Optional<WardService.Place> place, WardContext ward, Instant from, Instant to,
                               Instant now, List<OrderOnChart> orders, List<Administration> records,
                               Map<Long, List<PrnEffect>> effects) {
    }

    @Inject
    public AdministrationChart(Prescriptions prescriptions, Administrations administrations, MissingDoseRequests missingDoses,
                               FormularyContent content, PatientRecords patients, WardService wards, EffectPrompt effectPrompt,
                               Clock clock, OrdersFromBags fromBags) {
        this.prescriptions = prescriptions;
        this.administrations = administrations;
        this.missingDoses = missingDoses;
        this.content = content;
        this.patients = patients;
        this.wards = wards;
        this.effectPrompt = effectPrompt;
        this.clock = clock;
        this.fromBags = fromBags;
    }

    protected AdministrationChart() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /**
     * The round of a ward: for every patient on it, each current order with its doses unrecorded from 24 hours ago
     * to {@code hoursAhead} from now, its as-needed state, and the open requests to pharmacy.
     */
    public WardRound round(String wardCode, int hoursAhead) {
        Ward ward = wards.ward(wardCode);
        WardContext context = WardContext.of(ward);
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofHours(Math.max(1, Math.min(hoursAhead, 24))));
        List<WardPatient> onWard = wards.patientsOn(wardCode);
        List<Long> ids = onWard.stream().map(WardPatient::patientId).toList();
        if (ids.isEmpty()) {
            return new WardRound(ward, now, until, List.of(), Set.of());
        }
        List<Prescription> orders = prescriptions.currentOf(ids);
        Instant from = now.minus(LOOK_BACK);
        Map<Long, Set<Instant>> recorded = administrations.recordedDoseTimes(lineages(orders), from, until);
        List<Prescription> asNeeded = orders.stream().filter(o -> o.frequency() == Frequency.PRN).toList();
        Map<Long, List<Administration>> prnRecords = records(asNeeded, from);
        Map<Long, List<MissingDoseRequest>> requests = missingDoses.openOf(lineages(orders));
        Map<Long, List<PrnEffect>> effects = effects(prnRecords.values().stream().flatMap(List::stream).toList());
        DoseTimeline timeline = new DoseTimeline(context.schedule());
        Set<Long> bagRun = fromBags.among(orders.stream().map(Prescription::id).toList());
        Map<Long, List<Prescription>> byPatient = orders.stream().collect(Collectors.groupingBy(Prescription::patientId));
        List<PatientRound> rounds = new ArrayList<>();
        for (WardPatient patient : onWard) {
            List<OrderOnChart> patientOrders = new ArrayList<>();
            List<EffectDue> effectsDue = new ArrayList<>();
            for (Prescription order : byPatient.getOrDefault(patient.patientId(), List.of())) {
                Product product = product(order);
                // an infusion that runs from bags is on the round as its bags (the infusions), never as a dose to give
                List<ChartDose> doses = bagRun.contains(order.id()) ? List.of() : timeline.unrecorded(order,
                        context.windowFor(product), recorded.getOrDefault(order.lineageId(), Set.of()), from, until, now);
                PrnState prn = null;
                if (order.frequency() == Frequency.PRN) {
                    List<Administration> orderRecords = prnRecords.getOrDefault(order.lineageId(), List.of());
                    prn = prnState(order, orderRecords, now, context);
                    effectsDue.addAll(effectsDue(order, orderRecords, effects, now));
                }
                patientOrders.add(new OrderOnChart(order, product, doses, prn, requests.getOrDefault(order.lineageId(), List.of())));
            }
            rounds.add(new PatientRound(patient, patientOrders, effectsDue));
        }
        return new WardRound(ward, now, until, rounds, bagRun);
    }

    /**
     * The administration chart of a patient from {@code from} to {@code to}; by default (null) from yesterday 00:00 to
     * the end of tomorrow in the ward's time zone.
     */
    public PatientChart chart(long patientId, Instant requestedFrom, Instant requestedTo) {
        Optional<WardService.Place> place = wards.currentPlace(patientId);
        WardContext context = WardContext.of(place);
        LocalDate today = LocalDate.now(clock.withZone(context.zone()));
        Instant from = requestedFrom != null ? requestedFrom : today.minusDays(1).atStartOfDay(context.zone()).toInstant();
        Instant to = requestedTo != null ? requestedTo : today.plusDays(DEFAULT_DAYS - 1).atStartOfDay(context.zone()).toInstant();
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST_CHART) > 0) {
            throw new InvalidInputException("to", StopSentence.CHART_PERIOD.with(LONGEST_CHART.toDays()), "The chart covers from 'from' to a later 'to', at most 31 days.");
        }
        return chart(patientId, place, context, from, to);
    }

    /**
     * The chart of whole days in the ward's time zone, as a nurse pages through it: {@code days} days (1 to 31) from
     * 00:00 on {@code firstDay}. By default (null) the days end with tomorrow when there are three or more of them (what
     * is coming on a night shift), and with today when fewer (what has been given matters more than what is not due).
     */
    public PatientChart chartOfDays(long patientId, LocalDate firstDay, int days) {
        if (days < 1 || days > MOST_DAYS) {
            throw new InvalidInputException("days", StopSentence.CHART_DAYS.with(MOST_DAYS), "The chart shows 1 to " + MOST_DAYS + " days at a time.");
        }
        Optional<WardService.Place> place = wards.currentPlace(patientId);
        WardContext context = WardContext.of(place);
        LocalDate today = LocalDate.now(clock.withZone(context.zone()));
        LocalDate first = firstDay != null ? firstDay : today.minusDays(days >= DEFAULT_DAYS ? days - 2 : days - 1);
        return chart(patientId, place, context, first.atStartOfDay(context.zone()).toInstant(),
                first.plusDays(days).atStartOfDay(context.zone()).toInstant());
    }

    private PatientChart chart(long patientId, Optional<WardService.Place> place, WardContext context, Instant from, Instant to) {
        Patient patient = patients.get(patientId);
        Instant now = clock.instant();
        List<Prescription> orders = prescriptions.inForce(patientId, ON_CHART, from, to);
        Map<Long, List<Administration>> records = records(orders, from.minus(LOOK_BACK));
        List<Administration> all = records.values().stream().flatMap(List::stream)
                .filter(a -> a.administeredAt().isBefore(to) && !a.administeredAt().isBefore(from)
                        || a.scheduledAt() != null && a.scheduledAt().isBefore(to) && !a.scheduledAt().isBefore(from))
                .sorted(Comparator.comparing(Administration::administeredAt)).toList();
        Map<Long, List<MissingDoseRequest>> requests = missingDoses.allOf(lineages(orders));
        DoseTimeline timeline = new DoseTimeline(context.schedule());
        Set<Long> bagRun = fromBags.among(orders.stream().map(Prescription::id).toList());
        List<OrderOnChart> onChart = new ArrayList<>();
        for (Prescription order : orders) {
            Product product = product(order);
            List<Administration> orderRecords = records.getOrDefault(order.lineageId(), List.of());
            List<ChartDose> doses = bagRun.contains(order.id()) ? List.of()
                    : timeline.doses(order, context.windowFor(product), orderRecords, from, to, now);
            PrnState prn = order.frequency() == Frequency.PRN && order.status().isCurrent()
                    ? prnState(order, orderRecords, now, context) : null;
            onChart.add(new OrderOnChart(order, product, doses, prn, requests.getOrDefault(order.lineageId(), List.of())));
        }
        return new PatientChart(patient, place, context, from, to, now, onChart, all, effects(all));
    }

    private PrnState prnState(Prescription order, List<Administration> records, Instant now, WardContext context) {
        List<Administration> given = DoseTimeline.effective(records).stream().filter(a -> a.outcome() == Outcome.GIVEN)
                .sorted(Comparator.comparing(Administration::administeredAt)).toList();
        List<Administration> lastDay = given.stream().filter(a -> a.administeredAt().isAfter(now.minus(Duration.ofHours(24)))).toList();
        int inLastDay = lastDay.size();
        AmountGiven amount = AmountGiven.of(lastDay.stream().flatMap(a -> a.givenDose().stream()).toList(),
                order.prescribedDose().unit());
        Administration last = given.isEmpty() ? null : given.get(given.size() - 1);
        PrnDecision decision = new PrnAllowance(order.prnMinIntervalHours(), order.prnMaxPer24h())
                .decide(given.stream().map(Administration::administeredAt).toList(), now, context.zone());
        if (decision instanceof PrnDecision.Refused refused) {
            return new PrnState(false, refused.message(), refused.nextDoseFrom(), inLastDay, last, amount);
        }
        return new PrnState(order.status() != PrescriptionStatus.SUSPENDED, null, null, inLastDay, last, amount);
    }

    private List<EffectDue> effectsDue(Prescription order, List<Administration> records, Map<Long, List<PrnEffect>> effects, Instant now) {
        return DoseTimeline.effective(records).stream()
                .filter(a -> a.outcome() == Outcome.GIVEN && a.scheduledAt() == null && !effects.containsKey(a.id()))
                .filter(a -> a.administeredAt().isAfter(now.minus(LOOK_BACK)))
                .map(a -> new EffectDue(order, a, a.administeredAt().plus(effectPrompt.after())))
                .filter(e -> !e.promptFrom().isAfter(now)).toList();
    }

    /** Records of the orders' lineages since {@code since} (given, or scheduled, then), by lineage. */
    private Map<Long, List<Administration>> records(Collection<Prescription> orders, Instant since) {
        return administrations.recordsSince(lineages(orders), since);
    }

    private Map<Long, List<PrnEffect>> effects(Collection<Administration> records) {
        List<Long> ids = records.stream().filter(a -> a.scheduledAt() == null && a.outcome() == Outcome.GIVEN)
                .map(Administration::id).toList();
        return administrations.effectsOf(ids);
    }

    private static List<Long> lineages(Collection<Prescription> orders) {
        return orders.stream().map(Prescription::lineageId).distinct().toList();
    }

    private Product product(Prescription order) {
        return content.formulary().product(order.productCode()).orElseThrow(() ->
                new IllegalStateException("order " + order.id() + " names product " + order.productCode() + ", not in the formulary"));
    }
}
