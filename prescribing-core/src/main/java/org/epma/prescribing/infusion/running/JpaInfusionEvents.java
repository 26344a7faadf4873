package org.epma.prescribing.infusion.running;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link InfusionEvents} in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaInfusionEvents implements InfusionEvents {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public void add(InfusionEvent event) {
        em.persist(event);
        em.flush();
    }

    @Override
    public Optional<InfusionEvent> byKey(String idempotencyKey) {
        return em.createQuery("select e from InfusionEvent e where e.idempotencyKey = :key", InfusionEvent.class)
                .setParameter("key", idempotencyKey).getResultStream().findFirst();
    }

    @Override
    public List<InfusionEvent> of(long prescriptionId) {
        return em.createQuery("select e from InfusionEvent e where e.prescriptionId = :id order by e.occurredAt, e.id",
                InfusionEvent.class).setParameter("id", prescriptionId).getResultList();
    }

    @Override
    public List<InfusionEvent> of(Collection<Long> prescriptionIds) {
        if (prescriptionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from InfusionEvent e where e.prescriptionId in :ids order by e.occurredAt, e.id",
                InfusionEvent.class).setParameter("ids", prescriptionIds).getResultList();
    }
}
