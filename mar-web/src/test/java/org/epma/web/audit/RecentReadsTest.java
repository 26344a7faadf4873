package org.epma.web.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentReadsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void anAutomaticRefreshOfWhatWasJustRecordedIsNotRecordedAgainUntilTheWindowHasPassed() {
        RecentReads reads = new RecentReads();
        assertTrue(reads.record("DRUG_ROUND|DEWI|[1, 2]", true, NOW));
        assertFalse(reads.record("DRUG_ROUND|DEWI|[1, 2]", true, NOW.plusSeconds(60)));
        assertFalse(reads.record("DRUG_ROUND|DEWI|[1, 2]", true, NOW.plus(RecentReads.WINDOW).minusSeconds(1)));
        assertTrue(reads.record("DRUG_ROUND|DEWI|[1, 2]", true, NOW.plus(RecentReads.WINDOW)));
    }

    @Test
    void aRefreshThatShowsSomeoneNewIsRecorded() {
        RecentReads reads = new RecentReads();
        reads.record("DRUG_ROUND|DEWI|[1, 2]", true, NOW);
        assertTrue(reads.record("DRUG_ROUND|DEWI|[1, 2, 9]", true, NOW.plusSeconds(60)));
    }

    @Test
    void whatAPersonAsksForIsAlwaysRecorded() {
        RecentReads reads = new RecentReads();
        assertTrue(reads.record("MAR|7|[7]", false, NOW));
        assertTrue(reads.record("MAR|7|[7]", false, NOW.plusSeconds(5)));
        assertFalse(reads.record("MAR|7|[7]", true, NOW.plusSeconds(65)), "a refresh right after a person's own read adds nothing");
    }

    @Test
    void theOldestReadsAreForgottenFirst() {
        RecentReads reads = new RecentReads();
        for (int ward = 0; ward < 100; ward++) {
            reads.record("WARD|" + ward, true, NOW);
        }
        assertTrue(reads.record("WARD|0", true, NOW.plusSeconds(1)), "forgotten, so recorded again");
        assertFalse(reads.record("WARD|99", true, NOW.plusSeconds(1)));
    }
}
