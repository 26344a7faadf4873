package org.epma.prescribing.staff;

import java.time.Instant;
import java.util.Set;

/** An account as it stands in the database now: what an open session of it is checked against at each request. */
public record AccountStanding(long userId, String username, boolean enabled, Instant lockedUntil, long sessionGeneration,
                              Set<Role> roles) {

    public AccountStanding {
        roles = Set.copyOf(roles);
    }

    /** Whether a session opened under the given generation may still act for this account. */
    boolean admits(long generation, Instant now) {
        return enabled && (lockedUntil == null || !now.isBefore(lockedUntil)) && generation == sessionGeneration;
    }
}
