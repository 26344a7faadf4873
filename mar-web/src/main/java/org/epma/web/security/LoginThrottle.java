package org.epma.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.epma.prescribing.staff.RecentFailures;

/**
 * A limit on failed logins per client address: after {@code maxFailures} within {@code window}, that address may not
 * try again until the oldest of them is older than the window. Only failures count, so a ward computer where many
 * staff log in correctly is never held up, while guessing (one password against many accounts as well as many
 * against one, which the account lock-out covers) is slowed to the limit. Kept in memory per instance: with
 * several instances behind a balancer the limit applies on each; the account lock-out is in the database.
 */
public final class LoginThrottle {

    private final RecentFailures failures;
    private final Clock clock;

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.failures = new RecentFailures(maxFailures, window);
        this.clock = clock;
    }

    /** How long the address must wait before it may try to log in again; empty when it may try now. */
    public Optional<Duration> waitFor(String address) {
        return failures.waitFor(address, clock.instant());
    }

    public void recordFailure(String address) {
        failures.record(address, clock.instant());
    }
}
