package org.epma.hl7.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class Hl7DateTimeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void valueWithoutOffsetIsReadInTheSitesZone() {
        assertEquals(Instant.parse("2026-07-01T07:00:00Z"), Hl7DateTime.parseInstant("20260701080000", LONDON));
        assertEquals(Instant.parse("2026-12-01T08:00:00Z"), Hl7DateTime.parseInstant("202612010800", LONDON));
    }

    @Test
    void offsetInTheValueWins() {
        assertEquals(Instant.parse("2026-07-01T06:00:00Z"), Hl7DateTime.parseInstant("20260701080000+0200", LONDON));
    }

    @Test
    void lowerPrecisionsAndFractionsAreRead() {
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), Hl7DateTime.parseInstant("2026", LONDON));
        assertEquals(Instant.parse("2026-03-05T00:00:00Z"), Hl7DateTime.parseInstant("20260305", LONDON));
        assertEquals(Instant.parse("2026-03-05T10:11:12.345Z"),
                Hl7DateTime.parseInstant("20260305101112.345+0000", LONDON));
    }

    @Test
    void invalidValuesAreRefusedNamingTheValue() {
        DateTimeException e = assertThrows(DateTimeException.class, () -> Hl7DateTime.parseInstant("2026-03-05", LONDON));
        assertEquals(true, e.getMessage().contains("2026-03-05"));
        assertThrows(DateTimeException.class, () -> Hl7DateTime.parseInstant("20261332", LONDON));
        assertThrows(DateTimeException.class, () -> Hl7DateTime.parseDate("20260230"));
        assertThrows(DateTimeException.class, () -> Hl7DateTime.parseDate("1948"));
    }

    @Test
    void birthDateMayComeAsADateTime() {
        assertEquals(LocalDate.of(1948, 3, 2), Hl7DateTime.parseDate("194803021230"));
    }

    @Test
    void writtenDateTimeCarriesTheOffsetOfTheZone() {
        assertEquals("20260701080000+0100", Hl7DateTime.format(Instant.parse("2026-07-01T07:00:00Z"), LONDON));
        assertEquals("20261201080000+0000", Hl7DateTime.format(Instant.parse("2026-12-01T08:00:00Z"), LONDON));
    }
}
