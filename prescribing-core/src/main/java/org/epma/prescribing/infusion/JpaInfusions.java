package org.epma.prescribing.infusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link Infusions} in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaInfusions implements Infusions {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public void add(InfusionDetails details) {
        em.persist(details);
    }

    @Override
    public Optional<InfusionDetails> find(long prescriptionId) {
        return Optional.ofNullable(em.find(InfusionDetails.class, prescriptionId));
    }

    @Override
    public List<InfusionDetails> of(Collection<Long> prescriptionIds) {
        if (prescriptionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from InfusionDetails i where i.prescriptionId in :ids", InfusionDetails.class)
                .setParameter("ids", prescriptionIds).getResultList();
    }
}
