package org.epma.prescribing.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link Prescriptions} in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaPrescriptions implements Prescriptions {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public Optional<Prescription> find(long id) {
        return Optional.ofNullable(em.find(Prescription.class, id));
    }

    @Override
    public Optional<Prescription> findLocked(long id) {
        return Optional.ofNullable(em.find(Prescription.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public long nextId() {
        return ((Number) em.createNativeQuery("select nextval('prescription_id_seq')").getSingleResult()).longValue();
    }

    @Override
    public void add(Prescription prescription) {
        em.persist(prescription);
    }

    @Override
    public List<Prescription> ofPatient(long patientId) {
        return em.createQuery("select p from Prescription p where p.patientId = :p order by p.createdAt desc, p.id desc",
                Prescription.class).setParameter("p", patientId).getResultList();
    }

    @Override
    public List<Prescription> versions(long lineageId) {
        return em.createQuery("select p from Prescription p where p.lineageId = :l order by p.versionNo", Prescription.class)
                .setParameter("l", lineageId).getResultList();
    }

    @Override
    public List<Prescription> current(long patientId) {
        return em.createQuery("select p from Prescription p where p.patientId = :p and p.status in :s order by p.lineageId",
                        Prescription.class)
                .setParameter("p", patientId).setParameter("s", PrescriptionStatus.CURRENT).getResultList();
    }

    @Override
    public List<Prescription> currentOf(Collection<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Prescription p where p.patientId in :ids and p.status in :s"
                        + " order by p.patientId, p.lineageId", Prescription.class)
                .setParameter("ids", patientIds).setParameter("s", PrescriptionStatus.CURRENT).getResultList();
    }

    @Override
    public List<Prescription> inForce(long patientId, Set<PrescriptionStatus> statuses, Instant from, Instant to) {
        return em.createQuery("select p from Prescription p where p.patientId = :p and p.status in :s"
                        + " and p.startAt < :to and (p.endAt is null or p.endAt > :from)"
                        + " and (p.status in :current or p.statusChangedAt is null or p.statusChangedAt > :from)"
                        + " order by p.lineageId, p.versionNo", Prescription.class)
                .setParameter("p", patientId).setParameter("s", statuses).setParameter("current", PrescriptionStatus.CURRENT)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<Prescription> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Prescription p where p.id in :ids", Prescription.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Long> endedAndUnclaimed(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from prescription where status in ('PENDING_VERIFICATION', 'VERIFIED',"
                        + " 'SUSPENDED') and end_at <= ? order by id limit ? for update skip locked")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public List<PrescriptionAlert> signedAlerts(long prescriptionId) {
        return em.createQuery("select a from PrescriptionAlert a where a.prescriptionId = :p order by a.id", PrescriptionAlert.class)
                .setParameter("p", prescriptionId).getResultList();
    }

    @Override
    public void addAlert(PrescriptionAlert alert) {
        em.persist(alert);
    }
}
