package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.staff.StaffUser;

/** {@link PeopleOnRecord} in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaPeopleOnRecord implements PeopleOnRecord {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public Map<Long, Patient> patients(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Patient p where p.id in :ids", Patient.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Patient::id, Function.identity()));
    }

    @Override
    public Map<String, String> staffNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u from StaffUser u where u.username in :names", StaffUser.class)
                .setParameter("names", usernames).getResultStream()
                .collect(Collectors.toMap(StaffUser::username, u -> u.displayName() + " (" + u.username() + ")"));
    }
}
