package org.epma.prescribing.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link Patients} in the patient, allergy and patient_measurement tables. */
@ApplicationScoped
public class JpaPatients implements Patients {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public Optional<Patient> find(long id) {
        return Optional.ofNullable(em.find(Patient.class, id));
    }

    @Override
    public List<Patient> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Patient p where p.id in :ids", Patient.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public Optional<Patient> withHospitalNumber(HospitalNumber number) {
        return em.createQuery("select p from Patient p where p.hospitalNumber = :n", Patient.class)
                .setParameter("n", number.value()).getResultStream().findFirst();
    }

    @Override
    public Optional<Patient> withNhsNumber(NhsNumber number) {
        List<Patient> found = em.createQuery("select p from Patient p where p.nhsNumber = :n order by p.id", Patient.class)
                .setParameter("n", number.value()).getResultList();
        return found.stream().filter(p -> p.mergedIntoId() == null).findFirst().or(() -> found.stream().findFirst());
    }

    @Override
    public boolean anyWithNhsNumber(NhsNumber number) {
        return !em.createQuery("select p.id from Patient p where p.nhsNumber = :n", Long.class)
                .setParameter("n", number.value()).getResultList().isEmpty();
    }

    @Override
    public void add(Patient patient) {
        em.persist(patient);
        em.flush();
    }

    @Override
    public void add(Allergy allergy) {
        em.persist(allergy);
        em.flush();
    }

    @Override
    public void add(Measurement measurement) {
        em.persist(measurement);
        em.flush();
    }

    @Override
    public List<Allergy> allergies(long patientId) {
        return em.createQuery("select a from Allergy a where a.patientId = :p and a.enteredInErrorAt is null order by a.recordedAt",
                Allergy.class).setParameter("p", patientId).getResultList();
    }

    @Override
    public List<Measurement> measurementsLatestFirst(long patientId) {
        return em.createQuery("select m from Measurement m where m.patientId = :p order by m.measuredAt desc, m.recordedAt desc",
                Measurement.class).setParameter("p", patientId).getResultList();
    }

    @Override
    public List<Allergy> allergies(Collection<Long> patientIds) {
        return em.createQuery("select a from Allergy a where a.patientId in :ids and a.enteredInErrorAt is null order by a.substance",
                Allergy.class).setParameter("ids", patientIds).getResultList();
    }

    @Override
    public List<Measurement> latestMeasurements(Collection<Long> patientIds) {
        // the subquery is answered from the index patient_measurement_latest (patient_id, kind, measured_at desc)
        return em.createQuery("select m from Measurement m where m.patientId in :ids and m.measuredAt ="
                        + " (select max(n.measuredAt) from Measurement n where n.patientId = m.patientId and n.kind = m.kind)"
                        + " order by m.measuredAt desc, m.recordedAt desc", Measurement.class)
                .setParameter("ids", patientIds).getResultList();
    }
}
