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

    /** Keeps these locks apart from any other advisory lock keyed by a plain id ("HR" in the top bytes). */
    private static final long HOLD_NAMESPACE = 0x4852L << 48;

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public void add(DirectionOrder order) {
        em.persist(order);
        em.flush();
    }

    @Override
    public void holdPatient(long patientId) {
        // a transaction-scoped advisory lock: nothing to clean up, and no row of another aggregate is locked
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) held")
                .setParameter(1, HOLD_NAMESPACE ^ patientId).getSingleResult();
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
