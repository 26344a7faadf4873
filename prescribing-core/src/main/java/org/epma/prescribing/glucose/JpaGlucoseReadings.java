package org.epma.prescribing.glucose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link GlucoseReadings} in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaGlucoseReadings implements GlucoseReadings {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public void add(GlucoseReading reading) {
        em.persist(reading);
        em.flush();
    }

    @Override
    public List<GlucoseReading> latest(long patientId, int limit) {
        return em.createQuery("select g from GlucoseReading g where g.patientId = :p order by g.measuredAt desc, g.id desc",
                GlucoseReading.class).setParameter("p", patientId).setMaxResults(limit).getResultList();
    }
}
