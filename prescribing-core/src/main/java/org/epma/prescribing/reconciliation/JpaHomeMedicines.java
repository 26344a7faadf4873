package org.epma.prescribing.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.time.InstantColumn;

/** {@link HomeMedicines} in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaHomeMedicines implements HomeMedicines {

    /**
     * For each admission asked about, walks back through the admissions it followed by a transfer (the earlier one
     * ended as this one began) to the stay's first. A move of ward or bed opens a new admission, not a new stay.
     */
    // union, not union all: two transfers in the same instant leave zero-length admissions that join each other both
    // ways, and union all would then follow the loop for ever (the query never ends); a row seen again ends the chain
    private static final String STAYS = "with recursive chain(current_id, id, patient_id, admitted_at) as ("
            + " select a.id, a.id, a.patient_id, a.admitted_at from admission a where %s"
            + " union"
            + " select c.current_id, p.id, p.patient_id, p.admitted_at from admission p join chain c"
            + " on p.patient_id = c.patient_id and p.end_reason = 'TRANSFERRED' and p.discharged_at = c.admitted_at and p.id <> c.id)"
            + " select distinct on (current_id) current_id, id, patient_id, admitted_at from chain order by current_id, admitted_at, id";

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public Stay stayOf(long admissionId) {
        List<?> rows = em.createNativeQuery(STAYS.formatted("a.id = ?")).setParameter(1, admissionId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("admission", admissionId);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Stay(((Number) row[1]).longValue(), ((Number) row[2]).longValue(), InstantColumn.read(row[3]));
    }

    @Override
    public void add(HomeMedicine medicine) {
        em.persist(medicine);
        em.flush();
    }

    @Override
    public Optional<HomeMedicine> find(long id) {
        return Optional.ofNullable(em.find(HomeMedicine.class, id));
    }

    @Override
    public Optional<HomeMedicine> byKey(String idempotencyKey) {
        return em.createQuery("select m from HomeMedicine m where m.idempotencyKey = :k", HomeMedicine.class)
                .setParameter("k", idempotencyKey).getResultStream().findFirst();
    }

    @Override
    public List<HomeMedicine> ofStay(long stayAdmissionId) {
        return em.createQuery("select m from HomeMedicine m where m.stayAdmissionId = :s order by m.recordedAt, m.id",
                HomeMedicine.class).setParameter("s", stayAdmissionId).getResultList();
    }

    @Override
    public List<HomeMedicine> ofPatient(long patientId) {
        return em.createQuery("select m from HomeMedicine m where m.patientId = :p order by m.recordedAt, m.id",
                HomeMedicine.class).setParameter("p", patientId).getResultList();
    }

    @Override
    public Optional<Reconciliation> reconciliation(long stayAdmissionId) {
        return Optional.ofNullable(em.find(Reconciliation.class, stayAdmissionId));
    }

    @Override
    public void add(Reconciliation reconciliation) {
        em.persist(reconciliation);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<StayOverview> currentStays(String wardCode) {
        String current = wardCode == null ? "a.discharged_at is null" : "a.discharged_at is null and a.ward_code = ?";
        String sql = "select s.patient_id, w.ward_code, s.id, s.admitted_at,"
                + " (select count(*) from home_medicine m where m.stay_admission_id = s.id),"
                + " (select count(*) from home_medicine m where m.stay_admission_id = s.id and m.decision is null),"
                + " r.completed_by, r.completed_at, b.label"
                + " from (" + STAYS.formatted(current) + ") s"
                + " join admission w on w.id = s.current_id"
                + " left join bed b on b.id = w.bed_id"
                + " left join medicines_reconciliation r on r.stay_admission_id = s.id";
        var query = em.createNativeQuery(sql);
        if (wardCode != null) {
            query.setParameter(1, wardCode);
        }
        return ((List<?>) query.getResultList()).stream().map(o -> (Object[]) o).map(r -> new StayOverview(
                ((Number) r[0]).longValue(), (String) r[1], (String) r[8],
                new Stay(((Number) r[2]).longValue(), ((Number) r[0]).longValue(), InstantColumn.read(r[3])),
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), (String) r[6],
                r[7] == null ? null : InstantColumn.read(r[7]))).toList();
    }
}
