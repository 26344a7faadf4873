package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.staff.StaffNames;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.prescribing.ward.Admission;
import org.epma.prescribing.ward.DoseWindow;
import org.epma.prescribing.ward.Ward;
import org.epma.prescribing.ward.WardContext;
import org.epma.prescribing.ward.WardService;

/** {@link CriticalDoseOmissions} read with JPA. */
@ApplicationScoped
// one transaction, so that the report's queries share one connection
@Transactional
public class JpaCriticalDoseOmissions implements CriticalDoseOmissions {
    private static final List<PrescriptionStatus> ON_CHART = List.of(PrescriptionStatus.PENDING_VERIFICATION,
            PrescriptionStatus.VERIFIED, PrescriptionStatus.SUSPENDED, PrescriptionStatus.DISCONTINUED,
            PrescriptionStatus.COMPLETED, PrescriptionStatus.SUPERSEDED);

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final WardService wards;

    private final FormularyContent content;

    private final StaffNames staffNames;

    private final Clock clock;

    @Inject
    public JpaCriticalDoseOmissions(WardService wards, FormularyContent content, StaffNames staffNames, Clock clock) {
        this.wards = wards;
        this.content = content;
        this.staffNames = staffNames;
        this.clock = clock;
    }

    protected JpaCriticalDoseOmissions() {
        this(null, null, null, null);
    }

    @Override
    public Report report(String wardCode, ReportPeriod period) {
        Ward ward = wards.ward(wardCode);
        WardContext context = WardContext.of(ward);
        ZoneId zone = ward.timeZone();
        Instant from = period.start(zone);
        Instant to = period.end(zone);
        Instant now = clock.instant();
        List<Admission> stays = em.createQuery("select s from Admission s where s.wardCode = :w and s.admittedAt < :to"
                        + " and (s.dischargedAt is null or s.dischargedAt > :from)", Admission.class)
                .setParameter("w", ward.code()).setParameter("from", from).setParameter("to", to).getResultList();
        Map<Long, List<Admission>> staysOf = stays.stream().collect(Collectors.groupingBy(Admission::patientId));
        List<Prescription> orders = staysOf.isEmpty() ? List.of()
                : em.createQuery("select p from Prescription p where p.patientId in :ids and p.status in :s"
                                + " and p.startAt < :to and (p.endAt is null or p.endAt > :from)"
                                + " and (p.status in :current or p.statusChangedAt is null or p.statusChangedAt > :from)",
                                Prescription.class)
                        .setParameter("ids", staysOf.keySet()).setParameter("s", ON_CHART)
                        .setParameter("current", PrescriptionStatus.CURRENT)
                        .setParameter("from", from).setParameter("to", to).getResultStream()
                        .filter(o -> o.frequency() != Frequency.PRN && product(o).critical()).toList();
        Map<Long, List<Administration>> records = orders.isEmpty() ? Map.of()
                : em.createQuery("select a from Administration a where a.lineageId in :l and a.scheduledAt >= :from"
                                + " and a.scheduledAt < :to", Administration.class)
                        .setParameter("l", orders.stream().map(Prescription::lineageId).distinct().toList())
                        .setParameter("from", from).setParameter("to", to)
                        .getResultStream().collect(Collectors.groupingBy(Administration::lineageId));
        DoseTimeline timeline = new DoseTimeline(context.schedule());
        List<Found> found = new ArrayList<>();
        TreeMap<LocalDate, int[]> byDay = new TreeMap<>();
        for (LocalDate day = period.first(); !day.isAfter(period.last()); day = day.plusDays(1)) {
            byDay.put(day, new int[4]);
        }
        int due = 0;
        for (Prescription order : orders) {
            DoseWindow window = context.windowFor(product(order));
            for (ChartDose dose : timeline.doses(order, window, records.getOrDefault(order.lineageId(), List.of()), from, to, now)) {
                if (!onWard(staysOf.get(order.patientId()), dose.scheduledAt()) || dose.window().closes().isAfter(now)
                        && !dose.state().recorded()) {
                    continue;
                }
                Kind kind = judge(dose);
                if (dose.state() == ChartDose.State.NOT_YET_DUE && order.status() == PrescriptionStatus.SUSPENDED) {
                    // a suspended order's doses are not due: not counted, not omitted
                    continue;
                }
                due++;
                int[] counts = byDay.get(LocalDate.ofInstant(dose.scheduledAt(), zone));
                counts[0]++;
                if (kind != null) {
                    counts[kind.ordinal() + 1]++;
                    found.add(new Found(order, dose, kind));
                }
            }
        }
        List<Entry> entries = entries(found);
        List<Day> days = byDay.entrySet().stream()
                .map(e -> new Day(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
        return new Report(ward.code(), ward.name(), ward.nameCy(), zone, period, due, entries, days);
    }

    /** Whether a dose whose time has come was omitted or delayed; null when it was given within its window. */
    static Kind judge(ChartDose dose) {
        return judge(dose.state(), dose.record() == null ? null : dose.record().administeredAt(), dose.window());
    }

    static Kind judge(ChartDose.State state, Instant givenAt, DoseWindow.Bounds window) {
        return switch (state) {
            case NOT_GIVEN -> Kind.OMITTED;
            case OVERDUE -> Kind.NOT_RECORDED;
            case GIVEN -> givenAt.isBefore(window.closes()) ? null : Kind.DELAYED;
            default -> null;
        };
    }

    private record Found(Prescription order, ChartDose dose, Kind kind) {
    }

    private List<Entry> entries(List<Found> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Patient> patients = em.createQuery("select p from Patient p where p.id in :ids", Patient.class)
                .setParameter("ids", found.stream().map(f -> f.order().patientId()).collect(Collectors.toSet()))
                .getResultStream().collect(Collectors.toMap(Patient::id, Function.identity()));
        Set<String> staff = new HashSet<>();
        found.stream().filter(f -> f.dose().record() != null).forEach(f -> staff.add(f.dose().record().recordedBy()));
        Map<String, String> names = staffNames.of(staff);
        return found.stream().map(f -> {
            Patient patient = patients.get(f.order().patientId());
            Administration record = f.dose().record();
            long late = record == null || f.kind() != Kind.DELAYED ? 0
                    : Duration.between(f.dose().scheduledAt(), record.administeredAt()).toMinutes();
            return new Entry(patient.id(), patient.familyName().toUpperCase(java.util.Locale.ROOT) + ", " + patient.givenName(),
                    patient.hospitalNumber().value(), f.order().line(content.formulary()).describe(), f.dose().scheduledAt(),
                    f.kind(), record == null ? null : record.notGivenReason(), record == null ? null : record.note(),
                    record == null ? null : record.administeredAt(), late, record == null ? null : record.timingReason(),
                    record == null ? null : names.getOrDefault(record.recordedBy(), record.recordedBy()));
        }).sorted(Comparator.comparing(Entry::scheduledAt).thenComparing(Entry::patientName)).toList();
    }

    private static boolean onWard(List<Admission> stays, Instant at) {
        return stays != null && stays.stream().anyMatch(s -> !s.admittedAt().isAfter(at)
                && (s.dischargedAt() == null || s.dischargedAt().isAfter(at)));
    }

    private Product product(Prescription order) {
        return content.formulary().product(order.productCode()).orElseThrow(() ->
                new IllegalStateException("order " + order.id() + " names product " + order.productCode() + ", not in the formulary"));
    }
}
