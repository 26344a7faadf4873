package org.epma.prescribing.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A limit on failed guesses at a secret, per key (a client address, a person recording a witness): after
 * {@code maxFailures} within {@code window} the key waits until the oldest of them is older than the window. Only
 * failures count. Kept in this instance's memory: with several instances the limit applies on each, which still
 * bounds guessing to a handful a window; account lock-outs, which must hold everywhere, are in the database.
 */
public final class RecentFailures {

    /** Beyond this many keys, those with no failure in the window are forgotten at the next failure. */
    private static final int KEYS_BEFORE_PRUNING = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public RecentFailures(int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit on failures needs at least one failure and a positive window");
        }
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long {@code key} must wait before it may try again; empty when it may try now. */
    public Optional<Duration> waitFor(String key, Instant now) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            forgetOlderThanWindow(recent, now);
            if (recent.size() < maxFailures) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
        }
    }

    public void record(String key, Instant now) {
        if (failures.size() >= KEYS_BEFORE_PRUNING) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    forgetOlderThanWindow(recent, now);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
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
