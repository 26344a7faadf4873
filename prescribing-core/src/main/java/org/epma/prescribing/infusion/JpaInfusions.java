package org.epma.prescribing.infusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.prescribing.administration.OrdersFromBags;

/** {@link Infusions} in PostgreSQL through JPA, and which orders run from bags for the administration chart. */
@ApplicationScoped
public class JpaInfusions implements Infusions, OrdersFromBags {

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

    @Override
    public Set<Long> among(Collection<Long> prescriptionIds) {
        return of(prescriptionIds).stream().filter(details -> details.kind().runsFromBags())
                .map(InfusionDetails::prescriptionId).collect(Collectors.toSet());
    }
}
