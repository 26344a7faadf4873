package org.epma.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * One simulated user's record of one request type: every successful latency in a growable long[] (no
 * sharing, so no locks or atomics on the hot path) and the failures counted by cause. The recorders of all
 * users are merged once, at the end, into a {@link LatencySummary}.
 */
final class LatencyRecorder {

    private long[] nanos = new long[4096];
    private int successes;
    private final Map<String, Integer> errors = new TreeMap<>();

    void success(long latencyNanos) {
        if (successes == nanos.length) {
            nanos = Arrays.copyOf(nanos, nanos.length * 2);
        }
        nanos[successes++] = latencyNanos;
    }

    void error(String cause) {
        errors.merge(cause, 1, Integer::sum);
    }

    int successes() {
        return successes;
    }

    /** The recorded latencies, in the order they happened. */
    long[] latencies() {
        return Arrays.copyOf(nanos, successes);
    }

    Map<String, Integer> errors() {
        return errors;
    }
}
