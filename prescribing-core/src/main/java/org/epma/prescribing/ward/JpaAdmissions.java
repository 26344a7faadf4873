package org.epma.prescribing.ward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.epma.prescribing.patient.Patient;

/** {@link Admissions} in the admission table. */
@ApplicationScoped
public class JpaAdmissions implements Admissions {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public Optional<Admission> current(long patientId) {
        return em.createQuery("select a from Admission a where a.patientId = :p and a.dischargedAt is null", Admission.class)
                .setParameter("p", patientId).getResultStream().findFirst();
    }

    @Override
    public Optional<Admission> lastDischarged(long patientId) {
        return em.createQuery("select a from Admission a where a.patientId = :p and a.endReason = :r"
                        + " order by a.dischargedAt desc", Admission.class)
                .setParameter("p", patientId).setParameter("r", StayEnd.DISCHARGED).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Admission stay) {
        em.persist(stay);
        em.flush();
    }

    @Override
    public void update(Admission stay) {
        em.flush();
    }

    @Override
    public List<Occupant> onWard(String wardCode) {
        return em.createQuery("select p, b.label from Admission a join Patient p on p.id = a.patientId"
                        + " left join Bed b on b.id = a.bedId"
                        + " where a.wardCode = :ward and a.dischargedAt is null", Object[].class)
                .setParameter("ward", wardCode).getResultStream()
                .map(row -> new Occupant((Patient) row[0], (String) row[1])).toList();
    }

    @Override
    public Map<String, Long> occupancy() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(
                "select a.wardCode, count(a) from Admission a where a.dischargedAt is null group by a.wardCode", Object[].class)
                .getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }
}
