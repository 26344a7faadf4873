package org.epma.prescribing.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a session may last: at most {@code lifetime} from its login whatever the activity (a shift), and no
 * longer than {@code idleLimit} after its user last did something. Decided afresh at every request against the
 * account as the database has it now, so a change made through any instance ends the session on all of them.
 */
public record SessionPolicy(Duration lifetime, Duration idleLimit) {

    public SessionPolicy {
        if (lifetime.isNegative() || lifetime.isZero() || idleLimit.isNegative() || idleLimit.isZero()) {
            throw new IllegalArgumentException("session lifetime and idle limit must be positive");
        }
    }

    public SessionVerdict judge(StaffSession session, Optional<AccountStanding> account, Instant now) {
        if (account.isEmpty() || account.get().userId() != session.userId() || !account.get().admits(session.generation(), now)) {
            return SessionVerdict.ACCOUNT_CHANGED;
        }
        if (!now.isBefore(endsAt(session))) {
            return SessionVerdict.LIFETIME_REACHED;
        }
        if (!now.isBefore(session.lastActivityAt().plus(idleLimit))) {
            return SessionVerdict.IDLE_TOO_LONG;
        }
        return SessionVerdict.CONTINUES;
    }

    /** When the session ends at the latest, however active its user. */
    public Instant endsAt(StaffSession session) {
        return session.startedAt().plus(lifetime);
    }
}
