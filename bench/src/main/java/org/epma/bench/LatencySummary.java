package org.epma.bench;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All users' results for one request type: the merged, sorted latencies of the successful requests and the
 * errors by cause. Percentiles use the nearest-rank method on the full sample set (no histogram buckets,
 * so no rounding: a 30-second run holds at most a few million samples).
 */
public final class LatencySummary {

    private final RequestType type;
    private final long[] sortedNanos;
    private final Map<String, Long> errors;

    private LatencySummary(RequestType type, long[] sortedNanos, Map<String, Long> errors) {
        this.type = type;
        this.sortedNanos = sortedNanos;
        this.errors = Collections.unmodifiableMap(errors);
    }

    static LatencySummary merge(RequestType type, List<LatencyRecorder> recorders) {
        long[] all = new long[recorders.stream().mapToInt(LatencyRecorder::successes).sum()];
        int at = 0;
        Map<String, Long> errors = new TreeMap<>();
        for (LatencyRecorder recorder : recorders) {
            long[] latencies = recorder.latencies();
            System.arraycopy(latencies, 0, all, at, latencies.length);
            at += latencies.length;
            recorder.errors().forEach((cause, count) -> errors.merge(cause, (long) count, Long::sum));
        }
        Arrays.sort(all);
        return new LatencySummary(type, all, errors);
    }

    public String label() {
        return type.label();
    }

    /** Every request that was answered or failed: successes plus errors. */
    public long requests() {
        return successes() + errors();
    }

    public long successes() {
        return sortedNanos.length;
    }

    /** Non-2xx answers, 2xx answers without what the request is for, timeouts and connection failures. */
    public long errors() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> errorsByCause() {
        return errors;
    }

    /** The latency in milliseconds at the given percentile (0 < p ≤ 100) of successful requests; NaN if none. */
    public double percentileMillis(double percentile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(rank, sortedNanos.length) - 1)] / 1e6;
    }

    public double maxMillis() {
        return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
    }
}
