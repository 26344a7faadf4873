package org.epma.prescribing.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.epma.prescribing.order.ValidOrder;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.wording.Wording;
import org.junit.jupiter.api.Test;

class PrnAllowanceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Every four hours, at most four in 24 hours: the usual paracetamol or oramorph PRN. */
    private static final PrnAllowance FOUR_HOURLY_MAX_FOUR = new PrnAllowance(new BigDecimal("4"), 4);

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static List<Instant> given(String... instants) {
        return Arrays.stream(instants).map(Instant::parse).toList();
    }

    private static PrnDecision.Refused refused(PrnAllowance allowance, List<Instant> given, String at) {
        return assertInstanceOf(PrnDecision.Refused.class, allowance.decide(given, at(at), LONDON));
    }

    private static void assertAllowed(PrnAllowance allowance, List<Instant> given, String at) {
        assertInstanceOf(PrnDecision.Allowed.class, allowance.decide(given, at(at), LONDON));
    }

    @Test
    void theFirstDoseIsAllowed() {
        PrnDecision decision = FOUR_HOURLY_MAX_FOUR.decide(List.of(), at("2026-01-10T14:05:00Z"), LONDON);
        assertTrue(decision.allowed());
    }

    @Test
    void aDoseWithinTheMinimumIntervalIsRefusedNamingWhenTheNextMayBeGiven() {
        PrnDecision.Refused refusal = refused(FOUR_HOURLY_MAX_FOUR, given("2026-01-10T14:05:00Z"), "2026-01-10T16:00:00Z");
        assertEquals(PrnDecision.PrnLimit.MINIMUM_INTERVAL, refusal.limit());
        assertEquals(at("2026-01-10T18:05:00Z"), refusal.nextDoseFrom());
        assertEquals(at("2026-01-10T14:05:00Z"), refusal.lastDose());
        assertEquals("The last dose was at 14:05; the next may be given from 18:05.", refusal.message());
    }

    @Test
    void aDoseExactlyTheMinimumIntervalAfterTheLastIsAllowed() {
        assertAllowed(FOUR_HOURLY_MAX_FOUR, given("2026-01-10T14:05:00Z"), "2026-01-10T18:05:00Z");
        refused(FOUR_HOURLY_MAX_FOUR, given("2026-01-10T14:05:00Z"), "2026-01-10T18:04:00Z");
    }

    @Test
    void aDoseAtTheSameMinuteAsTheLastIsRefused() {
        refused(FOUR_HOURLY_MAX_FOUR, given("2026-01-10T14:05:00Z"), "2026-01-10T14:05:00Z");
    }

    @Test
    void timesCountToTheMinuteAsTheChartShowsThem() {
        // a dose recorded at 14:05:40 shows as 14:05, so the screen's "from 18:05" is honoured at 18:05:00
        assertAllowed(FOUR_HOURLY_MAX_FOUR, given("2026-01-10T14:05:40Z"), "2026-01-10T18:05:00Z");
        refused(FOUR_HOURLY_MAX_FOUR, given("2026-01-10T14:05:00Z"), "2026-01-10T18:04:59Z");
    }

    @Test
    void aFractionalIntervalCountsInMinutes() {
        PrnAllowance everyNinetyMinutes = new PrnAllowance(new BigDecimal("1.5"), 8);
        assertEquals(Duration.ofMinutes(90), everyNinetyMinutes.minInterval());
        PrnDecision.Refused refusal = refused(everyNinetyMinutes, given("2026-01-10T10:00:00Z"), "2026-01-10T11:00:00Z");
        assertEquals("The last dose was at 10:00; the next may be given from 11:30.", refusal.message());
        assertAllowed(everyNinetyMinutes, given("2026-01-10T10:00:00Z"), "2026-01-10T11:30:00Z");
    }

    @Test
    void anIntervalThatIsNotAWholeSecondIsRoundedUp() {
        assertEquals(Duration.ofSeconds(1200), new PrnAllowance(new BigDecimal("0.3333"), 4).minInterval()); // 1199.88 s
    }

    @Test
    void theTwentyFourHourMaximumIsRefusedNamingWhenTheOldestDoseLeavesTheWindow() {
        List<Instant> four = given("2026-01-10T09:10:00Z", "2026-01-10T13:15:00Z", "2026-01-10T17:20:00Z", "2026-01-10T21:25:00Z");
        PrnDecision.Refused refusal = refused(FOUR_HOURLY_MAX_FOUR, four, "2026-01-11T05:00:00Z");
        assertEquals(PrnDecision.PrnLimit.MAXIMUM_IN_24_HOURS, refusal.limit());
        assertEquals(4, refusal.dosesInLast24Hours());
        assertEquals(at("2026-01-11T09:10:00Z"), refusal.nextDoseFrom());
        assertEquals("4 doses have been given in the last 24 hours, the most this order allows; the next may be given from 09:10.",
                refusal.message());
    }

    @Test
    void aDoseExactlyTwentyFourHoursOldHasLeftTheRollingWindow() {
        List<Instant> four = given("2026-01-10T09:10:00Z", "2026-01-10T13:15:00Z", "2026-01-10T17:20:00Z", "2026-01-10T21:25:00Z");
        assertAllowed(FOUR_HOURLY_MAX_FOUR, four, "2026-01-11T09:10:00Z");
        refused(FOUR_HOURLY_MAX_FOUR, four, "2026-01-11T09:09:00Z");
    }

    @Test
    void theTwentyFourHoursRollRatherThanResettingAtMidnight() {
        // four doses either side of midnight: a new calendar day does not make a fifth allowed
        List<Instant> four = given("2026-01-10T16:00:00Z", "2026-01-10T20:00:00Z", "2026-01-11T00:00:00Z", "2026-01-11T04:00:00Z");
        PrnDecision.Refused refusal = refused(FOUR_HOURLY_MAX_FOUR, four, "2026-01-11T08:00:00Z");
        assertEquals("4 doses have been given in the last 24 hours, the most this order allows; the next may be given from 16:00.",
                refusal.message());
    }

    @Test
    void dosesOlderThanTwentyFourHoursDoNotCount() {
        List<Instant> doses = given("2026-01-09T08:00:00Z", "2026-01-09T12:00:00Z", "2026-01-09T16:00:00Z",
                "2026-01-09T20:00:00Z", "2026-01-10T06:00:00Z");
        // five doses in all, but only 16:00, 20:00 and 06:00 fall in the 24 hours before 13:00
        assertAllowed(FOUR_HOURLY_MAX_FOUR, doses, "2026-01-10T13:00:00Z");
    }

    @Test
    void whenBothLimitsStopADoseTheLaterTimeIsNamed() {
        PrnAllowance eightHourlyMaxTwo = new PrnAllowance(new BigDecimal("8"), 2);
        List<Instant> two = given("2026-01-10T06:00:00Z", "2026-01-11T02:00:00Z");
        // the maximum lifts at 06:00 but the interval runs to 10:00
        PrnDecision.Refused byInterval = refused(eightHourlyMaxTwo, two, "2026-01-11T05:00:00Z");
        assertEquals(PrnDecision.PrnLimit.MINIMUM_INTERVAL, byInterval.limit());
        assertEquals("The last dose was at 02:00; the next may be given from 10:00.", byInterval.message());

        PrnAllowance sixHourlyMaxTwo = new PrnAllowance(new BigDecimal("6"), 2);
        List<Instant> twoMore = given("2026-01-10T08:00:00Z", "2026-01-10T20:00:00Z");
        // the interval ended at 02:00 but the maximum holds until 08:00
        PrnDecision.Refused byMaximum = refused(sixHourlyMaxTwo, twoMore, "2026-01-11T01:00:00Z");
        assertEquals(PrnDecision.PrnLimit.MAXIMUM_IN_24_HOURS, byMaximum.limit());
        assertEquals(at("2026-01-11T08:00:00Z"), byMaximum.nextDoseFrom());
    }

    @Test
    void aSingleDoseMaximumIsWrittenInTheSingular() {
        PrnDecision.Refused refusal = refused(new PrnAllowance(new BigDecimal("1"), 1), given("2026-01-10T09:00:00Z"), "2026-01-10T15:00:00Z");
        assertEquals("1 dose has been given in the last 24 hours, the most this order allows; the next may be given from 09:00 tomorrow.",
                refusal.message());
    }

    @Test
    void moreDosesThanTheMaximumAreNamedAsSuch() {
        // an earlier override left five in the window: the next is allowed once two have left it
        List<Instant> five = given("2026-01-10T08:00:00Z", "2026-01-10T12:00:00Z", "2026-01-10T16:00:00Z",
                "2026-01-10T20:00:00Z", "2026-01-11T00:00:00Z");
        PrnDecision.Refused refusal = refused(FOUR_HOURLY_MAX_FOUR, five, "2026-01-11T06:00:00Z");
        assertEquals(at("2026-01-11T12:00:00Z"), refusal.nextDoseFrom());
        assertEquals("5 doses have been given in the last 24 hours, more than the 4 this order allows; the next may be given from 12:00.",
                refusal.message());
    }

    @Test
    void aRefusalCarriesItsSentenceAsAMessageKeyWithTheTimesAsMessagesOfTheirOwn() {
        PrnAllowance threeDaily = new PrnAllowance(new BigDecimal("72"), 1);
        PrnDecision.Refused interval = refused(threeDaily, given("2026-01-08T09:00:00Z"), "2026-01-10T12:00:00Z");
        assertEquals(StopSentence.PRN_INTERVAL.with(StopSentence.TIME_ON_DATE.with("09:00", "08/01/2026"),
                StopSentence.TIME_TOMORROW.with("09:00")), interval.wording());

        PrnDecision.Refused maximum = refused(new PrnAllowance(new BigDecimal("1"), 1), given("2026-01-10T09:00:00Z"), "2026-01-10T15:00:00Z");
        assertEquals(new Wording("stopText.prnMaximum", Map.of("count", 1, "maximum", 1,
                "next", new Wording("time.tomorrow", Map.of("time", "09:00")))), maximum.wording());
    }

    @Test
    void dosesMayBeListedInAnyOrder() {
        List<Instant> unordered = given("2026-01-10T21:25:00Z", "2026-01-10T09:10:00Z", "2026-01-10T17:20:00Z", "2026-01-10T13:15:00Z");
        assertEquals(at("2026-01-11T09:10:00Z"), refused(FOUR_HOURLY_MAX_FOUR, unordered, "2026-01-11T05:00:00Z").nextDoseFrom());
    }

    @Test
    void dosesRecordedAfterTheMomentAskedAboutAreNotCounted() {
        assertAllowed(FOUR_HOURLY_MAX_FOUR, given("2026-01-10T16:00:00Z"), "2026-01-10T15:00:00Z");
    }

    @Test
    void aTimeOnAnotherDaySaysYesterdayOrTomorrow() {
        assertEquals("The last dose was at 22:30 yesterday; the next may be given from 02:30.",
                refused(FOUR_HOURLY_MAX_FOUR, given("2026-01-10T22:30:00Z"), "2026-01-11T00:15:00Z").message());
        assertEquals("The last dose was at 22:30; the next may be given from 02:30 tomorrow.",
                refused(FOUR_HOURLY_MAX_FOUR, given("2026-01-10T22:30:00Z"), "2026-01-10T23:00:00Z").message());
        PrnAllowance threeDaily = new PrnAllowance(new BigDecimal("72"), 1);
        assertEquals("The last dose was at 09:00 on 8 January; the next may be given from 09:00 tomorrow.",
                refused(threeDaily, given("2026-01-08T09:00:00Z"), "2026-01-10T12:00:00Z").message());
    }

    @Test
    void acrossTheSpringClockChangeTheIntervalIsRealHours() {
        // 00:30 GMT plus four hours is 04:30 GMT, which the ward clock shows as 05:30 BST
        PrnDecision.Refused refusal = refused(FOUR_HOURLY_MAX_FOUR, given("2026-03-29T00:30:00Z"), "2026-03-29T03:00:00Z");
        assertEquals(at("2026-03-29T04:30:00Z"), refusal.nextDoseFrom());
        assertEquals("The last dose was at 00:30; the next may be given from 05:30.", refusal.message());
    }

    @Test
    void inTheRepeatedAutumnHourTheTimesSayWhichOneTheyMean() {
        PrnAllowance hourly = new PrnAllowance(BigDecimal.ONE, 6);
        // 00:30 UTC is 01:30 BST; an hour later it is 01:30 again, now GMT
        PrnDecision.Refused refusal = refused(hourly, given("2026-10-25T00:30:00Z"), "2026-10-25T01:00:00Z");
        assertEquals("The last dose was at 01:30 BST; the next may be given from 01:30 GMT.", refusal.message());
    }

    @Test
    void aPrnOrdersOwnLimitsMakeTheAllowance() {
        PrnAllowance allowance = PrnAllowance.of(new ValidOrder.PrnLimits("pain", new BigDecimal("4"), 4));
        assertEquals(FOUR_HOURLY_MAX_FOUR, allowance);
    }

    @Test
    void anOrderWithoutALimitCannotMakeAnAllowance() {
        assertEquals("prnMinIntervalHours",
                assertThrows(InvalidInputException.class, () -> new PrnAllowance(BigDecimal.ZERO, 4)).field());
        assertThrows(InvalidInputException.class, () -> new PrnAllowance(new BigDecimal("-1"), 4));
        assertThrows(InvalidInputException.class, () -> new PrnAllowance(null, 4));
        assertEquals("prnMaxPer24h", assertThrows(InvalidInputException.class, () -> new PrnAllowance(BigDecimal.ONE, 0)).field());
    }
}
