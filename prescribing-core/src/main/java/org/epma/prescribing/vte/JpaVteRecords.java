package org.epma.prescribing.vte;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

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
    public Set<Long> assessedAmong(Collection<Long> admissionIds) {
        if (admissionIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select v.admissionId from VteAssessment v where v.admissionId in :a", Long.class)
                .setParameter("a", admissionIds).getResultList());
    }
}
