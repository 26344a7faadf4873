package org.epma.prescribing.order;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.epma.prescribing.formulary.Frequency;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DoseScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DoseSchedule WARD = new DoseSchedule(Map.of("BD", "08:00,20:00", "ON", "22:00"), LONDON);

    private static List<Instant> times(Frequency frequency, String start, String from, String to) {
        return WARD.times(frequency, Instant.parse(start), null, Instant.parse(from), Instant.parse(to));
    }

    @Test
    void aTwiceDailyDoseStaysAtEightOClockLocalAcrossTheSpringClockChange() {
        // 29 March 2026, last Sunday of March: 01:00 GMT becomes 02:00 BST
        List<Instant> doses = times(Frequency.BD, "2026-03-27T12:00:00Z", "2026-03-28T00:00:00Z", "2026-03-30T00:00:00Z");
        assertEquals(List.of(Instant.parse("2026-03-28T08:00:00Z"), Instant.parse("2026-03-28T20:00:00Z"),
                Instant.parse("2026-03-29T07:00:00Z"), Instant.parse("2026-03-29T19:00:00Z")), doses);
    }

    @Test
    void aTwiceDailyDoseStaysAtEightOClockLocalAcrossTheAutumnClockChange() {
        // 25 October 2026, last Sunday of October: 02:00 BST becomes 01:00 GMT
        List<Instant> doses = times(Frequency.BD, "2026-10-20T12:00:00Z", "2026-10-24T00:00:00Z", "2026-10-26T00:00:00Z");
        assertEquals(List.of(Instant.parse("2026-10-24T07:00:00Z"), Instant.parse("2026-10-24T19:00:00Z"),
                Instant.parse("2026-10-25T08:00:00Z"), Instant.parse("2026-10-25T20:00:00Z")), doses);
    }

    @Test
    void sixHourlyDosesCountElapsedHoursThroughTheClockChange() {
        List<Instant> doses = times(Frequency.Q6H, "2026-03-28T18:00:00Z", "2026-03-28T18:00:00Z", "2026-03-29T12:00:01Z");
        // 18:00 GMT, 00:00 GMT, 06:00 UTC (07:00 BST), 12:00 UTC (13:00 BST): six real hours apart
        assertEquals(List.of(Instant.parse("2026-03-28T18:00:00Z"), Instant.parse("2026-03-29T00:00:00Z"),
                Instant.parse("2026-03-29T06:00:00Z"), Instant.parse("2026-03-29T12:00:00Z")), doses);
    }

    @Test
    void aPatchEverySeventyTwoHoursIsChangedEveryThirdDayFromItsFirstApplication() {
        List<Instant> doses = times(Frequency.Q72H, "2026-11-02T09:00:00Z", "2026-11-02T00:00:00Z", "2026-11-12T00:00:00Z");
        assertEquals(List.of(Instant.parse("2026-11-02T09:00:00Z"), Instant.parse("2026-11-05T09:00:00Z"),
                Instant.parse("2026-11-08T09:00:00Z"), Instant.parse("2026-11-11T09:00:00Z")), doses);
        assertEquals(3, Frequency.Q72H.dosesInAWeek().intValue());
    }

    @Test
    void fiveTimesADayTakesTheDefaultWakingHoursUnlessTheWardSetsItsOwn() {
        List<Instant> doses = times(Frequency.FIVE, "2026-11-02T06:00:00Z", "2026-11-02T00:00:00Z", "2026-11-03T00:00:00Z");
        assertEquals(5, doses.size());
        assertEquals(Instant.parse("2026-11-02T07:00:00Z"), doses.get(0));
        assertEquals(35, Frequency.FIVE.dosesInAWeek().intValue());
    }

    @Test
    void aDoseTimeInTheSpringGapMovesForwardByTheGap() {
        DoseSchedule night = new DoseSchedule(Map.of("ON", "01:30"), LONDON);
        List<Instant> doses = night.times(Frequency.ON, Instant.parse("2026-03-28T00:00:00Z"), null,
                Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T06:00:00Z"));
        assertEquals(List.of(Instant.parse("2026-03-29T01:30:00Z")), doses); // 01:30 GMT does not exist: 02:30 BST
    }

    @Test
    void aDoseAtMidnightBelongsToTheNewDay() {
        DoseSchedule midnight = new DoseSchedule(Map.of("ON", "00:00"), LONDON);
        List<Instant> doses = midnight.times(Frequency.ON, Instant.parse("2026-01-10T12:00:00Z"), null,
                Instant.parse("2026-01-10T12:00:00Z"), Instant.parse("2026-01-12T12:00:00Z"));
        assertEquals(List.of(Instant.parse("2026-01-11T00:00:00Z"), Instant.parse("2026-01-12T00:00:00Z")), doses);
    }

    @Test
    void noDoseBeforeTheStartOrAfterTheEnd() {
        List<Instant> doses = WARD.times(Frequency.BD, Instant.parse("2026-01-10T09:00:00Z"), Instant.parse("2026-01-11T20:00:00Z"),
                Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2026-01-12T00:00:00Z"));
        assertEquals(List.of(Instant.parse("2026-01-10T20:00:00Z"), Instant.parse("2026-01-11T08:00:00Z")), doses);
    }

    @Test
    void aWeeklyDoseFallsOnTheStartsWeekdayAtItsLocalTime() {
        List<Instant> doses = times(Frequency.WEEKLY, "2026-10-19T08:00:00Z", "2026-10-19T00:00:00Z", "2026-11-03T00:00:00Z");
        // Monday 19 Oct 09:00 BST, then Mondays 26 Oct and 2 Nov at 09:00 GMT
        assertEquals(List.of(Instant.parse("2026-10-19T08:00:00Z"), Instant.parse("2026-10-26T09:00:00Z"),
                Instant.parse("2026-11-02T09:00:00Z")), doses);
    }

    @Test
    void wardTimesOverrideTheDefaultsAndStatIsOnceAndPrnNever() {
        assertEquals(List.of(Instant.parse("2026-01-10T22:00:00Z")),
                times(Frequency.ON, "2026-01-10T12:00:00Z", "2026-01-10T00:00:00Z", "2026-01-11T00:00:00Z"));
        assertEquals(4, times(Frequency.QDS, "2026-01-10T00:00:00Z", "2026-01-10T00:00:00Z", "2026-01-11T00:00:00Z").size());
        assertEquals(List.of(Instant.parse("2026-01-10T12:00:00Z")),
                times(Frequency.STAT, "2026-01-10T12:00:00Z", "2026-01-10T00:00:00Z", "2026-01-11T00:00:00Z"));
        assertEquals(List.of(), times(Frequency.PRN, "2026-01-10T12:00:00Z", "2026-01-10T00:00:00Z", "2026-01-11T00:00:00Z"));
    }
}
