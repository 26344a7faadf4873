package org.epma.prescribing.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The staff accounts. */
public interface StaffUsers {

    /** The account with this user name, exactly as given. */
    Optional<StaffUser> withUsername(String username);

    /** The account with its roles, read in one query (it is read for every request of a session). */
    Optional<StaffUser> withRoles(long id);

    /** Every account, by user name. */
    List<StaffUser> all();

    /** The accounts with these user names, in one query; names without an account are left out. */
    List<StaffUser> withUsernames(Collection<String> usernames);

    boolean any();

    /** Stores a new account; its id is known on return. */
    void add(StaffUser user);
}
