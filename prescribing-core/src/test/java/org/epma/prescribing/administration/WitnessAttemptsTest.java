package org.epma.prescribing.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WitnessAttemptsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void theFifthWrongWitnessPasswordInFiveMinutesStopsTheNurseUntilTheFirstIsFiveMinutesOld() {
        WitnessAttempts attempts = new WitnessAttempts();
        for (int minute = 0; minute < 4; minute++) {
            attempts.failed("nurse.evans", NOW.plus(Duration.ofMinutes(minute)));
            assertEquals(Optional.empty(), attempts.blockedFor("nurse.evans", NOW.plus(Duration.ofMinutes(minute))));
        }
        attempts.failed("nurse.evans", NOW.plus(Duration.ofMinutes(4)));
        assertEquals(Optional.of(Duration.ofMinutes(1)), attempts.blockedFor("nurse.evans", NOW.plus(Duration.ofMinutes(4))));
        assertEquals(Optional.of(Duration.ofSeconds(1)), attempts.blockedFor("nurse.evans", NOW.plus(Duration.ofSeconds(299))));
        assertEquals(Optional.empty(), attempts.blockedFor("nurse.evans", NOW.plus(Duration.ofMinutes(5))));
    }

    @Test
    void eachNurseHasHerOwnCount() {
        WitnessAttempts attempts = new WitnessAttempts(2, Duration.ofMinutes(5));
        attempts.failed("nurse.evans", NOW);
        attempts.failed("nurse.evans", NOW);
        assertEquals(Optional.of(Duration.ofMinutes(5)), attempts.blockedFor("nurse.evans", NOW));
        assertEquals(Optional.empty(), attempts.blockedFor("nurse.okafor", NOW));
    }
}
