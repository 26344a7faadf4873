package org.epma.prescribing.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link Discharges} in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaDischarges implements Discharges {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public void add(DischargePrescription discharge) {
        em.persist(discharge);
        em.flush();
    }

    @Override
    public void add(DischargeItem item) {
        em.persist(item);
        em.flush();
    }

    @Override
    public Optional<DischargePrescription> find(long id) {
        return Optional.ofNullable(em.find(DischargePrescription.class, id));
    }

    @Override
    public Optional<DischargePrescription> openFor(long patientId) {
        return em.createQuery("select d from DischargePrescription d where d.patientId = :p and d.status <> :screened",
                        DischargePrescription.class)
                .setParameter("p", patientId).setParameter("screened", DischargeStatus.SCREENED).getResultStream().findFirst();
    }

    @Override
    public Optional<DischargePrescription> latestFor(long patientId) {
        return em.createQuery("select d from DischargePrescription d where d.patientId = :p order by d.startedAt desc",
                DischargePrescription.class).setParameter("p", patientId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<DischargeItem> items(long dischargeId) {
        return em.createQuery("select i from DischargeItem i where i.dischargeId = :d order by i.id", DischargeItem.class)
                .setParameter("d", dischargeId).getResultList();
    }

    @Override
    public List<DischargeItem> itemsById(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from DischargeItem i where i.id in :ids", DischargeItem.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<DischargePrescription> ofPatient(long patientId) {
        return em.createQuery("select d from DischargePrescription d where d.patientId = :p order by d.startedAt desc, d.id desc",
                DischargePrescription.class).setParameter("p", patientId).getResultList();
    }

    @Override
    public Optional<DischargeItem> item(long itemId) {
        return Optional.ofNullable(em.find(DischargeItem.class, itemId));
    }
}
