package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many witness passwords a nurse may get wrong: at most {@code maxFailures} in any {@code window}, counted per
 * person recording (not per witness, whose own login lock-out is never touched). The counts live in this instance's
 * memory: a nurse spread over several instances gets the allowance on each, which still bounds guessing to a handful
 * a minute. Witnessed doses are few, so one lock over all of it costs nothing.
 */
@ApplicationScoped
public class WitnessAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public WitnessAttempts() {
        this(MAX_FAILURES, WINDOW);
    }

    WitnessAttempts(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long {@code recorder} must wait before naming a witness again; empty when they may now. */
    public synchronized Optional<Duration> blockedFor(String recorder, Instant now) {
        Deque<Instant> recent = recent(recorder, now);
        return recent.size() < maxFailures ? Optional.empty() : Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
    }

    /** Counts a witness password that was not accepted. */
    public synchronized void failed(String recorder, Instant now) {
        Deque<Instant> recent = recent(recorder, now);
        recent.addLast(now);
        failures.put(recorder, recent);
    }

    /** The recorder's failures still inside the window; people with none are forgotten. */
    private Deque<Instant> recent(String recorder, Instant now) {
        Deque<Instant> times = failures.getOrDefault(recorder, new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(recorder);
        }
        return times;
    }
}
