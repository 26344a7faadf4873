package org.epma.prescribing.oxygen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Oxygen orders and their checks in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaOxygenRecords {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    void add(Object orderOrCheck) {
        em.persist(orderOrCheck);
        em.flush();
    }

    Optional<OxygenOrder> order(long id) {
        return Optional.ofNullable(em.find(OxygenOrder.class, id));
    }

    List<OxygenOrder> ordersOf(long patientId) {
        return em.createQuery("select o from OxygenOrder o where o.patientId = :p order by o.prescribedAt desc, o.id desc",
                OxygenOrder.class).setParameter("p", patientId).getResultList();
    }

    List<OxygenCheck> checksOf(long oxygenOrderId) {
        return em.createQuery("select c from OxygenCheck c where c.oxygenOrderId = :o order by c.checkedAt desc, c.id desc",
                OxygenCheck.class).setParameter("o", oxygenOrderId).getResultList();
    }

    /** The orders not stopped of these patients (a ward's), in one query. */
    List<OxygenOrder> activeOrdersOf(Collection<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from OxygenOrder o where o.patientId in :p and o.stoppedAt is null", OxygenOrder.class)
                .setParameter("p", patientIds).getResultList();
    }

    /**
     * Each of these orders' latest check (two if two were taken at the same instant), in one query through
     * {@code oxygen_check_order}: the round shows the latest only, not every check of the ward's patients.
     */
    List<OxygenCheck> latestChecksOf(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from OxygenCheck c where c.oxygenOrderId in :o and c.checkedAt ="
                + " (select max(l.checkedAt) from OxygenCheck l where l.oxygenOrderId = c.oxygenOrderId)", OxygenCheck.class)
                .setParameter("o", orderIds).getResultList();
    }

    /** The patient's checks taken from {@code from} up to, not including, {@code to}, in the order they were taken. */
    List<OxygenCheck> checksOfPatient(long patientId, Instant from, Instant to) {
        return em.createQuery("select c from OxygenCheck c where c.patientId = :p and c.checkedAt >= :from and c.checkedAt < :to"
                + " order by c.checkedAt, c.id", OxygenCheck.class)
                .setParameter("p", patientId).setParameter("from", from).setParameter("to", to).getResultList();
    }
}
