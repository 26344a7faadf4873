package org.epma.web.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The training data's one way to the database: each demo record is written at once, so that the records loaded after
 * it (an allergy after its patient, a dose after its order) can name its id. Runs in the loader's transaction.
 */
@ApplicationScoped
public class JpaDemoRecords {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    void add(Object record) {
        em.persist(record);
        em.flush();
    }
}
