package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.patient.Allergy;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.staff.StaffNames;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.prescribing.ward.DoseWindow;
import org.epma.prescribing.ward.WardContext;
import org.epma.prescribing.ward.WardService;

/** {@link PatientMarHistory} read with JPA. */
@ApplicationScoped
// one transaction, so that the record's queries share one connection
@Transactional
public class JpaPatientMarHistory implements PatientMarHistory {
    private static final List<PrescriptionStatus> ON_CHART = List.of(PrescriptionStatus.PENDING_VERIFICATION,
            PrescriptionStatus.VERIFIED, PrescriptionStatus.SUSPENDED, PrescriptionStatus.DISCONTINUED,
            PrescriptionStatus.COMPLETED, PrescriptionStatus.SUPERSEDED);

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final PatientRecords patients;

    private final WardService wards;

    private final FormularyContent content;

    private final StaffNames staffNames;

    private final Clock clock;

    @Inject
    public JpaPatientMarHistory(PatientRecords patients, WardService wards, FormularyContent content, StaffNames staffNames, Clock clock) {
        this.patients = patients;
        this.wards = wards;
        this.content = content;
        this.staffNames = staffNames;
        this.clock = clock;
    }

    protected JpaPatientMarHistory() {
        this(null, null, null, null, null);
    }

    @Override
    public Record record(long patientId, ReportPeriod period) {
        Patient patient = patients.get(patientId);
        Optional<WardService.Place> place = wards.currentPlace(patientId);
        WardContext context = WardContext.of(place);
        Instant from = period.start(context.zone());
        Instant to = period.end(context.zone());
        Instant now = clock.instant();
        List<Prescription> orders = em.createQuery("select p from Prescription p where p.patientId = :p and p.status in :s"
                        + " and p.startAt < :to and (p.endAt is null or p.endAt > :from)"
                        + " and (p.status in :current or p.statusChangedAt is null or p.statusChangedAt > :from)"
                        + " order by p.lineageId, p.versionNo", Prescription.class)
                .setParameter("p", patientId).setParameter("s", ON_CHART).setParameter("current", PrescriptionStatus.CURRENT)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<Long, List<Administration>> records = orders.isEmpty() ? Map.of()
                : em.createQuery("select a from Administration a where a.lineageId in :l"
                                + " and (a.administeredAt >= :since or a.scheduledAt >= :since)", Administration.class)
                        .setParameter("l", orders.stream().map(Prescription::lineageId).distinct().toList())
                        .setParameter("since", from.minus(AdministrationChart.LOOK_BACK))
                        .getResultStream().collect(Collectors.groupingBy(Administration::lineageId));
        Set<String> staff = new HashSet<>();
        records.values().forEach(list -> list.forEach(a -> {
            staff.add(a.recordedBy());
            staff.add(a.witnessedBy());
        }));
        orders.forEach(o -> staff.add(o.prescribedBy()));
        Map<String, String> names = staffNames.of(staff);
        DoseTimeline timeline = new DoseTimeline(context.schedule());
        List<OrderRecord> onRecord = new ArrayList<>();
        for (Prescription order : orders) {
            Product product = content.formulary().product(order.productCode()).orElseThrow(() ->
                    new IllegalStateException("order " + order.id() + " names product " + order.productCode() + ", not in the formulary"));
            DoseWindow window = context.windowFor(product);
            List<Administration> lineage = records.getOrDefault(order.lineageId(), List.of());
            List<Dose> doses = new ArrayList<>();
            for (ChartDose dose : timeline.doses(order, window, lineage, from, to, now)) {
                doses.add(dose(dose, order, names));
            }
            // as-needed and once-only doses recorded without a dose time, given by this version in the period
            DoseTimeline.effective(lineage).stream()
                    .filter(a -> a.scheduledAt() == null && a.prescriptionId().equals(order.id()))
                    .filter(a -> !a.administeredAt().isBefore(from) && a.administeredAt().isBefore(to))
                    .forEach(a -> doses.add(recorded(null, a, false, names)));
            doses.sort(Comparator.comparing((Dose d) -> d.scheduledAt() != null ? d.scheduledAt() : d.administeredAt()));
            onRecord.add(new OrderRecord(order.id(), order.reference(), order.versionNo(), order.line(content.formulary()).describe(),
                    order.status(), product.critical(), product.strictlyControlled(), order.frequency() == org.epma.prescribing.formulary.Frequency.PRN,
                    names.getOrDefault(order.prescribedBy(), order.prescribedBy()), order.startAt(), order.endAt(), doses));
        }
        List<String> allergies = em.createQuery("select a from Allergy a where a.patientId = :p and a.enteredInErrorAt is null"
                        + " order by a.substance", Allergy.class).setParameter("p", patientId).getResultStream()
                .map(a -> a.substance() + " (" + a.reaction() + ")").toList();
        return new Record(patient.id(), patient.hospitalNumber().value(),
                patient.nhsNumber() == null ? null : patient.nhsNumber().formatted(), patient.givenName(), patient.familyName(),
                patient.dateOfBirth(), patient.allergyStatus(), allergies, place.map(p -> p.ward().code()).orElse(null),
                place.map(p -> p.ward().name()).orElse(null), place.map(p -> p.ward().nameCy()).orElse(null),
                place.map(WardService.Place::bed).orElse(null), context.zone(), period, onRecord);
    }

    private Dose dose(ChartDose dose, Prescription order, Map<String, String> names) {
        if (dose.record() != null) {
            return recorded(dose.scheduledAt(), dose.record(), !dose.window().contains(dose.record().administeredAt()), names);
        }
        Fate fate = switch (dose.state()) {
            case OVERDUE -> Fate.NO_RECORD;
            case DUE -> Fate.DUE;
            default -> order.status() == PrescriptionStatus.SUSPENDED ? Fate.SUSPENDED : Fate.NOT_YET_DUE;
        };
        return new Dose(dose.scheduledAt(), fate, null, null, null, null, null, null, false, null, null);
    }

    private static Dose recorded(Instant scheduledAt, Administration a, boolean outsideWindow, Map<String, String> names) {
        boolean given = a.outcome() == Outcome.GIVEN;
        return new Dose(scheduledAt, given ? Fate.GIVEN : Fate.NOT_GIVEN, a.administeredAt(),
                given ? a.givenDose().map(Quantity::display).orElse(null) : null,
                a.notGivenReason(), a.note(), names.getOrDefault(a.recordedBy(), a.recordedBy()),
                a.witnessedBy() == null ? null : names.getOrDefault(a.witnessedBy(), a.witnessedBy()),
                given && outsideWindow, a.timingReason(), a.prnReason());
    }
}
