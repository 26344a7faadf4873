package org.epma.prescribing.pgd;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped training remedy's figures: at least 4 hours apart, at most 4 doses in 24 hours, for 48 hours. */
class HomelyRemedyTest {

    static final HomelyRemedy REMEDY = HomelyRemedyCatalogueTest.read(HomelyRemedyCatalogueTest.PARACETAMOL, "")
            .find("HR-P").orElseThrow();
    static final Instant FIRST = Instant.parse("2026-06-01T08:00:00Z");

    static Instant at(double hours) {
        return FIRST.plus(Duration.ofSeconds(Math.round(hours * 3600)));
    }

    static RemedyLimitException refused(List<Instant> earlier, Instant now) {
        return assertThrows(RemedyLimitException.class, () -> REMEDY.allowAnotherDose(earlier, now));
    }

    @Test
    void theFirstDoseIsAlwaysAllowedByTheProtocolsLimits() {
        assertDoesNotThrow(() -> REMEDY.allowAnotherDose(List.of(), FIRST));
    }

    @Test
    void aDoseSoonerThanTheMinimumIntervalIsRefusedAndSaysWhenTheNextMayBeGiven() {
        RemedyLimitException tooSoon = refused(List.of(FIRST), at(4).minusSeconds(1));
        assertEquals(RemedyLimitException.Limit.TOO_SOON, tooSoon.limit());
        assertEquals("refusal.remedy.tooSoon", tooSoon.wording().code());
        // 12:00 UTC is 13:00 in London in June: the time is the ward's
        assertTrue(tooSoon.getMessage().contains("2026-06-01 13:00"), tooSoon.getMessage());
    }

    @Test
    void aDoseExactlyTheMinimumIntervalAfterTheLastIsAllowed() {
        assertDoesNotThrow(() -> REMEDY.allowAnotherDose(List.of(FIRST), at(4)));
    }

    @Test
    void theIntervalRunsFromTheLatestDoseWhateverOrderTheyCome() {
        assertEquals(RemedyLimitException.Limit.TOO_SOON, refused(List.of(at(6), FIRST), at(9)).limit());
        assertDoesNotThrow(() -> REMEDY.allowAnotherDose(List.of(at(6), FIRST), at(10)));
    }

    @Test
    void aFifthDoseWithinTwentyFourHoursIsRefusedEvenWhenTheIntervalHasPassed() {
        List<Instant> four = List.of(FIRST, at(4), at(8), at(12));
        RemedyLimitException fifth = refused(four, at(20));
        assertEquals(RemedyLimitException.Limit.DAILY_MAXIMUM, fifth.limit());
        assertEquals("refusal.remedy.dailyMaximum", fifth.wording().code());
        // the first of the four leaves the 24 hours at 08:00 UTC the next day, 09:00 in London
        assertTrue(fifth.getMessage().contains("2026-06-02 09:00"), fifth.getMessage());
    }

    @Test
    void aDoseIsAllowedFromTheMomentTheEarliestOfTheDaysDosesIsTwentyFourHoursOld() {
        List<Instant> four = List.of(FIRST, at(4), at(8), at(12));
        assertEquals(RemedyLimitException.Limit.DAILY_MAXIMUM, refused(four, at(24).minusSeconds(1)).limit());
        assertDoesNotThrow(() -> REMEDY.allowAnotherDose(four, at(24)));
    }

    @Test
    void aDoseAfterTheProtocolsDurationSinceTheFirstDoseIsReferredToAPrescriber() {
        RemedyLimitException expired = refused(List.of(FIRST, at(40)), at(49));
        assertEquals(RemedyLimitException.Limit.DURATION, expired.limit());
        assertEquals("refusal.remedy.durationReached", expired.wording().code());
        assertTrue(expired.getMessage().contains("ask a prescriber"), expired.getMessage());
    }

    @Test
    void aDoseExactlyAtTheEndOfTheDurationIsRefusedAndOneSecondBeforeIsAllowed() {
        List<Instant> earlier = List.of(FIRST, at(40));
        assertEquals(RemedyLimitException.Limit.DURATION, refused(earlier, at(48)).limit());
        assertDoesNotThrow(() -> REMEDY.allowAnotherDose(earlier, at(48).minusSeconds(1)));
    }

    @Test
    void theDurationIsCheckedBeforeTheIntervalSoTheNurseIsToldToAskAPrescriber() {
        assertEquals(RemedyLimitException.Limit.DURATION, refused(List.of(FIRST, at(47)), at(48)).limit());
    }
}
