package org.epma.web.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.epma.prescribing.administration.Administration;

/** {@link PastDoses} in the administration table. */
@ApplicationScoped
public class JpaPastDoses implements PastDoses {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public void add(Administration record) {
        em.persist(record);
        em.flush();
    }
}
