package org.epma.prescribing.ward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.patient.Allergy;
import org.epma.prescribing.patient.Measurement;
import org.epma.prescribing.patient.MeasurementKind;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.refusal.NotFoundException;

/** Wards, their beds and who is in them. */
@ApplicationScoped
@Transactional
public class WardService {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public WardService(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    protected WardService() {
        this(null, null);
    }

    /** Brings the wards and beds in the database in line with the site's config; beds are only ever added. */
    public void apply(WardCatalogue catalogue) {
        for (WardDefinition definition : catalogue.wards()) {
            Ward ward = em.find(Ward.class, definition.code());
            if (ward == null) {
                em.persist(new Ward(definition));
                audit.record(Actor.SYSTEM, AuditAction.CREATED, "Ward", definition.code(), null, definition.auditState(),
                        "site configuration");
            } else {
                String before = ward.definition().auditState();
                if (ward.apply(definition)) {
                    audit.record(Actor.SYSTEM, AuditAction.CHANGED, "Ward", definition.code(), before,
                            definition.auditState(), "site configuration");
                }
            }
            Set<String> existing = new HashSet<>(em.createQuery(
                    "select b.label from Bed b where b.wardCode = :ward", String.class)
                    .setParameter("ward", definition.code()).getResultList());
            for (String label : catalogue.beds().get(definition.code())) {
                if (!existing.contains(label)) {
                    Bed bed = new Bed(definition.code(), label);
                    em.persist(bed);
                    em.flush();
                    audit.record(Actor.SYSTEM, AuditAction.CREATED, "Bed", bed.id(), null,
                            jakarta.json.Json.createObjectBuilder().add("wardCode", bed.wardCode()).add("label", label)
                                    .build().toString(), "site configuration");
                }
            }
        }
    }

    public List<WardSummary> wards() {
        Map<String, Long> beds = counts("select b.wardCode, count(b) from Bed b group by b.wardCode");
        Map<String, Long> patients = counts(
                "select a.wardCode, count(a) from Admission a where a.dischargedAt is null group by a.wardCode");
        return em.createQuery("select w from Ward w order by w.code", Ward.class).getResultList().stream()
                .map(w -> new WardSummary(w.definition(), beds.getOrDefault(w.code(), 0L).intValue(),
                        patients.getOrDefault(w.code(), 0L).intValue()))
                .toList();
    }

    public Ward ward(String code) {
        Ward ward = code == null ? null : em.find(Ward.class, code);
        if (ward == null) {
            throw new NotFoundException("ward", code);
        }
        return ward;
    }

    public Bed bed(String wardCode, String label) {
        return em.createQuery("select b from Bed b where b.wardCode = :ward and b.label = :label", Bed.class)
                .setParameter("ward", wardCode).setParameter("label", label)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("bed", wardCode + " " + label));
    }

    /** The patients on a ward now, in bed order, with their allergies and latest weight and renal function. */
    public List<WardPatient> patientsOn(String wardCode) {
        Ward ward = ward(wardCode);
        LocalDate today = LocalDate.now(clock.withZone(ward.timeZone()));
        List<Object[]> rows = em.createQuery(
                "select p, b.label from Admission a join Patient p on p.id = a.patientId"
                        + " left join Bed b on b.id = a.bedId"
                        + " where a.wardCode = :ward and a.dischargedAt is null", Object[].class)
                .setParameter("ward", wardCode).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Patient) r[0]).id()).toList();
        Map<Long, List<String>> allergies = em.createQuery(
                "select a from Allergy a where a.patientId in :ids and a.enteredInErrorAt is null order by a.substance",
                Allergy.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(Allergy::patientId,
                        Collectors.mapping(a -> a.substance() + " (" + a.reaction() + ")", Collectors.toList())));
        Map<Long, Map<MeasurementKind, Measurement>> latest = new HashMap<>();
        em.createQuery("select m from Measurement m where m.patientId in :ids order by m.measuredAt desc", Measurement.class)
                .setParameter("ids", ids).getResultStream()
                .forEach(m -> latest.computeIfAbsent(m.patientId(), id -> new HashMap<>()).putIfAbsent(m.kind(), m));
        List<WardPatient> patients = new ArrayList<>();
        for (Object[] row : rows) {
            Patient patient = (Patient) row[0];
            Map<MeasurementKind, Measurement> measured = latest.getOrDefault(patient.id(), Map.of());
            Measurement renal = Measurement.latestRenalFunction(measured.get(MeasurementKind.EGFR),
                    measured.get(MeasurementKind.CREATININE_CLEARANCE));
            patients.add(WardPatient.of(patient, (String) row[1], today,
                    allergies.getOrDefault(patient.id(), List.of()), measured.get(MeasurementKind.WEIGHT), renal));
        }
        patients.sort(Comparator.comparing(WardPatient::bed, Comparator.nullsLast(WardService::compareBeds)));
        return patients;
    }

    /** Bed 2 before bed 10, and numbered beds before side rooms. */
    static int compareBeds(String a, String b) {
        boolean aNumber = a.matches("\\d+");
        boolean bNumber = b.matches("\\d+");
        if (aNumber && bNumber) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        if (aNumber != bNumber) {
            return aNumber ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private Map<String, Long> counts(String jpql) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Where the patient is now: their current admission's ward and bed label. */
    public record Place(Ward ward, String bed) {
    }

    public java.util.Optional<Place> currentPlace(long patientId) {
        return em.createQuery("select a from Admission a where a.patientId = :p and a.dischargedAt is null", Admission.class)
                .setParameter("p", patientId).getResultStream().findFirst()
                .map(a -> new Place(ward(a.wardCode()), a.bedId() == null ? null : em.find(Bed.class, a.bedId()).label()));
    }
}
