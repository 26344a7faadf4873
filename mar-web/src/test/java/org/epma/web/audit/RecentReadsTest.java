package org.epma.web.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentReadsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final String ROUND = "DRUG_ROUND|DEWI|[1, 2]";

    @Test
    void anAutomaticRefreshOfWhatWasJustRecordedIsNotRecordedAgainUntilTheWindowHasPassed() {
        RecentReads reads = new RecentReads();
        assertTrue(reads.due(ROUND, true, NOW));
        reads.recorded(ROUND, NOW);
        assertFalse(reads.due(ROUND, true, NOW.plusSeconds(60)));
        assertFalse(reads.due(ROUND, true, NOW.plus(RecentReads.WINDOW).minusSeconds(1)));
        assertTrue(reads.due(ROUND, true, NOW.plus(RecentReads.WINDOW)));
    }

    @Test
    void aRefreshThatShowsSomeoneNewIsRecorded() {
        RecentReads reads = new RecentReads();
        reads.recorded(ROUND, NOW);
        assertTrue(reads.due("DRUG_ROUND|DEWI|[1, 2, 9]", true, NOW.plusSeconds(60)));
    }

    @Test
    void whatAPersonAsksForIsAlwaysRecordedAndCountsForTheRefreshesAfterIt() {
        RecentReads reads = new RecentReads();
        reads.recorded("MAR|7|[7]", NOW);
        assertTrue(reads.due("MAR|7|[7]", false, NOW.plusSeconds(5)));
        assertFalse(reads.due("MAR|7|[7]", true, NOW.plusSeconds(65)));
    }

    @Test
    void aReadWhoseEntryWasNeverWrittenIsDueAgain() {
        RecentReads reads = new RecentReads();
        assertTrue(reads.due(ROUND, true, NOW));
        assertTrue(reads.due(ROUND, true, NOW.plusSeconds(60)), "nothing was remembered without a written entry");
    }

    @Test
    void theOldestReadsAreForgottenFirst() {
        RecentReads reads = new RecentReads();
        for (int ward = 0; ward < 100; ward++) {
            reads.recorded("WARD|" + ward, NOW);
        }
        assertTrue(reads.due("WARD|0", true, NOW.plusSeconds(1)), "forgotten, so recorded again");
        assertFalse(reads.due("WARD|99", true, NOW.plusSeconds(1)));
    }
}
