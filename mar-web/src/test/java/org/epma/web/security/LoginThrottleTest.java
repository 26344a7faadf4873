package org.epma.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant START = Instant.parse("2026-11-23T07:00:00Z");

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = START;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(60), clock);

    @Test
    void anAddressMayTryUntilItHasFailedTheLimitWithinTheWindow() {
        throttle.recordFailure("10.0.0.5");
        clock.now = START.plusSeconds(10);
        throttle.recordFailure("10.0.0.5");
        assertEquals(Optional.empty(), throttle.waitFor("10.0.0.5"));
        clock.now = START.plusSeconds(20);
        throttle.recordFailure("10.0.0.5");
        assertEquals(Optional.of(Duration.ofSeconds(40)), throttle.waitFor("10.0.0.5"), "until the first failure is a minute old");
    }

    @Test
    void theWaitEndsWhenTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            clock.now = START.plusSeconds(i * 5L);
            throttle.recordFailure("10.0.0.5");
        }
        clock.now = START.plusSeconds(59);
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("10.0.0.5"));
        clock.now = START.plusSeconds(60);
        assertEquals(Optional.empty(), throttle.waitFor("10.0.0.5"));
        throttle.recordFailure("10.0.0.5");
        assertTrue(throttle.waitFor("10.0.0.5").isPresent(), "three failures in the last minute again: 05 s, 10 s and 60 s");
    }

    @Test
    void failuresSpreadBeyondTheWindowNeverThrottle() {
        for (int i = 0; i < 20; i++) {
            clock.now = START.plusSeconds(i * 31L);
            throttle.recordFailure("10.0.0.5");
            assertEquals(Optional.empty(), throttle.waitFor("10.0.0.5"), "failure " + i);
        }
    }

    @Test
    void eachAddressHasItsOwnCount() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("10.0.0.5");
        }
        assertTrue(throttle.waitFor("10.0.0.5").isPresent());
        assertEquals(Optional.empty(), throttle.waitFor("10.0.0.6"));
    }
}
