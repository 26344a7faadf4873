package org.epma.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void mergesUsersAndTakesNearestRankPercentiles() {
        LatencyRecorder first = new LatencyRecorder();
        LatencyRecorder second = new LatencyRecorder();
        for (int millis = 100; millis >= 1; millis--) { // 1..100 ms, split over two users, out of order
            (millis % 2 == 0 ? first : second).success(millis * 1_000_000L);
        }
        second.error("HTTP 500");
        second.error("HTTP 500");
        first.error("timeout after 30 s");

        LatencySummary summary = LatencySummary.merge(RequestType.WARDS, List.of(first, second));

        assertEquals(100, summary.successes());
        assertEquals(3, summary.errors());
        assertEquals(103, summary.requests());
        assertEquals(2L, summary.errorsByCause().get("HTTP 500"));
        assertEquals(50.0, summary.percentileMillis(50));
        assertEquals(95.0, summary.percentileMillis(95));
        assertEquals(99.0, summary.percentileMillis(99));
        assertEquals(100.0, summary.maxMillis());
    }

    @Test
    void growsPastItsFirstArray() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 0; i < 10_000; i++) {
            recorder.success(i);
        }
        assertEquals(10_000, recorder.latencies().length);
        assertEquals(9_999, recorder.latencies()[9_999]);
    }

    @Test
    void saysNothingRatherThanZeroWithoutSamples() {
        LatencySummary summary = LatencySummary.merge(RequestType.LOGIN, List.of(new LatencyRecorder()));
        assertTrue(Double.isNaN(summary.percentileMillis(99)));
        assertEquals(0, summary.requests());
    }
}
