package org.epma.web.it;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Tests that speak of "today" and "tomorrow" on the ward's clock read the clock once and then take a minute or more
 * of browser work; a run that crosses midnight would see the server call the same dose "today". Such a test starts
 * after midnight when it would otherwise straddle it.
 */
final class WardDay {

    private WardDay() {
    }

    /** Browser tests: they may take minutes on a loaded machine. */
    static void startWellBeforeMidnight(ZoneId ward) {
        startBeforeMidnight(ward, Duration.ofMinutes(10));
    }

    static void startBeforeMidnight(ZoneId ward, Duration longestTest) {
        ZonedDateTime now = ZonedDateTime.now(ward);
        ZonedDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay(ward);
        Duration left = Duration.between(now, midnight);
        if (left.compareTo(longestTest) < 0) {
            try {
                Thread.sleep(left.plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the ward's day to turn", e);
            }
        }
    }
}
