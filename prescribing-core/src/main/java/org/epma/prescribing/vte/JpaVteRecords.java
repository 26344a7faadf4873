package org.epma.prescribing.vte;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@link VteRecords} in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaVteRecords implements VteRecords {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public void add(VteAssessment assessment) {
        em.persist(assessment);
        em.flush();
    }

    @Override
    public Optional<VteAssessment> ofAdmission(long admissionId) {
        return em.createQuery("select v from VteAssessment v where v.admissionId = :a", VteAssessment.class)
                .setParameter("a", admissionId).getResultStream().findFirst();
    }

    @Override
    public List<Unassessed> unassessedOnWard(String wardCode) {
        return em.createQuery("select a.patientId, a.admittedAt, p.dateOfBirth from Admission a join Patient p on p.id = a.patientId"
                        + " where a.wardCode = :ward and a.dischargedAt is null"
                        + " and not exists (select v.id from VteAssessment v where v.admissionId = a.id)"
                        + " order by a.admittedAt", Object[].class)
                .setParameter("ward", wardCode).getResultStream()
                .map(row -> new Unassessed((Long) row[0], (Instant) row[1], (LocalDate) row[2])).toList();
    }
}
