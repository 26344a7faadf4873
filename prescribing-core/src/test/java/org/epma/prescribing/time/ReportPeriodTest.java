package org.epma.prescribing.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportPeriodTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void coversWholeDaysInTheWardsTimeZone() {
        ReportPeriod summer = ReportPeriod.parse("2026-07-01", "2026-07-01");
        assertEquals(Instant.parse("2026-06-30T23:00:00Z"), summer.start(LONDON));
        assertEquals(Instant.parse("2026-07-01T23:00:00Z"), summer.end(LONDON));
    }

    @Test
    void anInvertedRangeIsRefusedNamingTheLastDay() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportPeriod.parse("2026-12-03", "2026-12-01"));
        assertEquals("to", e.field());
        assertEquals("The last day (2026-12-01) is before the first (2026-12-03).", e.getMessage());
        assertEquals(PeriodSentence.LAST_BEFORE_FIRST.with("2026-12-01", "2026-12-03"), e.wording());
    }

    @Test
    void aYearIsTheLongestPeriod() {
        new ReportPeriod(LocalDate.of(2025, 12, 4), LocalDate.of(2026, 12, 4));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ReportPeriod(LocalDate.of(2025, 12, 3), LocalDate.of(2026, 12, 4)));
        assertEquals("to", e.field());
        assertEquals(PeriodSentence.TOO_LONG.with(ReportPeriod.LONGEST_DAYS), e.wording());
    }

    @Test
    void aMissingOrMalformedDayIsNamed() {
        assertEquals("from", assertThrows(InvalidInputException.class, () -> ReportPeriod.parse(null, "2026-12-01")).field());
        assertEquals("to", assertThrows(InvalidInputException.class, () -> ReportPeriod.parse("2026-12-01", "")).field());
        assertEquals("from", assertThrows(InvalidInputException.class, () -> ReportPeriod.parse("1/12/2026", "2026-12-01")).field());
    }
}
