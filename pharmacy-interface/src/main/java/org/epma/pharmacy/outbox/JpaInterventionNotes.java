package org.epma.pharmacy.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link InterventionNotes} in the pharmacy_intervention table. */
@ApplicationScoped
public class JpaInterventionNotes implements InterventionNotes {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public Optional<String> latestOn(long prescriptionId, Long otherPrescriptionId) {
        List<?> notes = em.createNativeQuery("select note from pharmacy_intervention where prescription_id in (?, ?)"
                        + " order by recorded_at desc, id desc limit 1")
                .setParameter(1, prescriptionId).setParameter(2, otherPrescriptionId).getResultList();
        return notes.isEmpty() ? Optional.empty() : Optional.ofNullable((String) notes.get(0));
    }
}
