package org.epma.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A limit on failed logins per client address: after {@code maxFailures} within {@code window}, that address may not
 * try again until the oldest of them is older than the window. Only failures count, so a ward computer where many
 * staff log in correctly is never held up, while guessing (one password against many accounts as well as many
 * against one, which the account lock-out covers) is slowed to the limit. Kept in memory per instance: with
 * several instances behind a balancer the limit applies on each; the account lock-out is in the database.
 */
public final class LoginThrottle {

    /** Beyond this many addresses, those with no failure in the window are forgotten at the next failure. */
    private static final int ADDRESSES_BEFORE_PRUNING = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the login throttle needs at least one failure and a positive window");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long the address must wait before it may try to log in again; empty when it may try now. */
    public Optional<Duration> waitFor(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (recent) {
            forgetOlderThanWindow(recent, now);
            if (recent.size() < maxFailures) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
        }
    }

    public void recordFailure(String address) {
        Instant now = clock.instant();
        if (failures.size() >= ADDRESSES_BEFORE_PRUNING) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    forgetOlderThanWindow(recent, now);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOlderThanWindow(recent, now);
            recent.addLast(now);
            while (recent.size() > maxFailures) {
                recent.removeFirst();
            }
        }
    }

    private void forgetOlderThanWindow(Deque<Instant> recent, Instant now) {
        Instant start = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(start)) {
            recent.removeFirst();
        }
    }
}
