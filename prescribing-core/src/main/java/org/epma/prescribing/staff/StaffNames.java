package org.epma.prescribing.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How reports name staff: "display name (user name)", so that a printed record names a person and their account. A user
 * name whose account is gone stays as it is. One query for all the names of a report, inside the caller's transaction.
 */
@ApplicationScoped
public class StaffNames {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    public Map<String, String> of(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        usernames.stream().filter(Objects::nonNull).forEach(u -> names.put(u, u));
        if (names.isEmpty()) {
            return names;
        }
        em.createQuery("select u from StaffUser u where u.username in :names", StaffUser.class)
                .setParameter("names", names.keySet()).getResultStream()
                .forEach(u -> names.put(u.username(), u.displayName() + " (" + u.username() + ")"));
        return names;
    }
}
