package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.epma.prescribing.staff.RecentFailures;

/**
 * How many witness passwords a nurse may get wrong: at most {@code maxFailures} in any {@code window}, counted per
 * person recording (not per witness, whose own login lock-out is never touched), in this instance's memory.
 */
@ApplicationScoped
public class WitnessAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final RecentFailures failures;

    public WitnessAttempts() {
        this(MAX_FAILURES, WINDOW);
    }

    WitnessAttempts(int maxFailures, Duration window) {
        this.failures = new RecentFailures(maxFailures, window);
    }

    /** How long {@code recorder} must wait before naming a witness again; empty when they may now. */
    public Optional<Duration> blockedFor(String recorder, Instant now) {
        return failures.waitFor(recorder, now);
    }

    /** Counts a witness password that was not accepted. */
    public void failed(String recorder, Instant now) {
        failures.record(recorder, now);
    }
}
