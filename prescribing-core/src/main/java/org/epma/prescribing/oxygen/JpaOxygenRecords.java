package org.epma.prescribing.oxygen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
