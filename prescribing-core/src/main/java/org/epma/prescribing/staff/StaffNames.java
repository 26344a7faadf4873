package org.epma.prescribing.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    private final StaffUsers users;

    @Inject
    public StaffNames(StaffUsers users) {
        this.users = users;
    }

    protected StaffNames() {
        this(null);
    }

    public Map<String, String> of(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        usernames.stream().filter(Objects::nonNull).forEach(u -> names.put(u, u));
        if (names.isEmpty()) {
            return names;
        }
        users.withUsernames(names.keySet())
                .forEach(u -> names.put(u.username(), u.displayName() + " (" + u.username() + ")"));
        return names;
    }
}
