package org.epma.prescribing.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link StaffUsers} in the staff_user table. */
@ApplicationScoped
public class JpaStaffUsers implements StaffUsers {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public Optional<StaffUser> withUsername(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :name", StaffUser.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    @Override
    public Optional<StaffUser> withRoles(long id) {
        return em.createQuery("select distinct u from StaffUser u left join fetch u.roles where u.id = :id", StaffUser.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<StaffUser> all() {
        return em.createQuery("select u from StaffUser u order by u.username", StaffUser.class).getResultList();
    }

    @Override
    public List<StaffUser> withUsernames(Collection<String> usernames) {
        return usernames.isEmpty() ? List.of()
                : em.createQuery("select u from StaffUser u where u.username in :names", StaffUser.class)
                .setParameter("names", usernames).getResultList();
    }

    @Override
    public boolean any() {
        return !em.createQuery("select u.id from StaffUser u", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(StaffUser user) {
        em.persist(user);
        em.flush();
    }
}
