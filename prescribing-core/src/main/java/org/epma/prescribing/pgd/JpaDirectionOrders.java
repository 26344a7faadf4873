package org.epma.prescribing.pgd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link DirectionOrders} in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaDirectionOrders implements DirectionOrders {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public void add(DirectionOrder order) {
        em.persist(order);
        em.flush();
    }

    @Override
    public Optional<DirectionOrder> find(long prescriptionId) {
        return Optional.ofNullable(em.find(DirectionOrder.class, prescriptionId));
    }

    @Override
    public Optional<DirectionOrder> byKey(String idempotencyKey) {
        return em.createQuery("select d from DirectionOrder d where d.idempotencyKey = :k", DirectionOrder.class)
                .setParameter("k", idempotencyKey).getResultStream().findFirst();
    }

    @Override
    public List<DirectionOrder> ofPatients(Collection<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from DirectionOrder d where d.patientId in :p order by d.startedAt desc",
                DirectionOrder.class).setParameter("p", patientIds).getResultList();
    }

    @Override
    public List<DirectionOrder> awaitingReview() {
        return em.createQuery("select d from DirectionOrder d where d.reviewedAt is null order by d.reviewDueAt",
                DirectionOrder.class).getResultList();
    }
}
