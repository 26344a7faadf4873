package org.epma.prescribing.staff;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the server keeps about a logged-in session (in the HTTP session, so it follows the session to any instance):
 * whose it is, the account's session generation when it started, when it started, and when its user last did
 * something. Requests a screen makes by itself (an automatic refresh) do not count as the user doing something.
 */
public record StaffSession(long userId, String username, long generation, Instant startedAt, Instant lastActivityAt)
        implements Serializable {

    public static StaffSession start(AccountStanding account, Instant now) {
        return new StaffSession(account.userId(), account.username(), account.sessionGeneration(), now, now);
    }

    /** After a request: the user's own requests move the last activity; a screen's automatic refresh does not. */
    public StaffSession afterRequest(Instant now, boolean byUser) {
        return byUser ? new StaffSession(userId, username, generation, startedAt, now) : this;
    }

    /** Kept going after its own user changed the password (which ends the account's other sessions). */
    public StaffSession renewed(long newGeneration) {
        return new StaffSession(userId, username, newGeneration, startedAt, lastActivityAt);
    }
}
