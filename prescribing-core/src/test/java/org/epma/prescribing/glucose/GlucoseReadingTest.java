package org.epma.prescribing.glucose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

class GlucoseReadingTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static GlucoseReading reading(String glucose, String ketones) {
        return new GlucoseReading(1L, new BigDecimal(glucose), ketones == null ? null : new BigDecimal(ketones), NOW, "nurse", NOW);
    }

    @Test
    void hypoglycaemiaIsBelowFourAndFourItselfIsNot() {
        assertTrue(reading("3.9", null).hypoglycaemic());
        assertTrue(reading("0", null).hypoglycaemic());
        assertFalse(reading("4.0", null).hypoglycaemic());
        assertFalse(reading("4", null).hypoglycaemic());
    }

    @Test
    void readingsOutsideWhatAMeterShowsAreRefused() {
        assertThrows(InvalidInputException.class, () -> reading("-0.1", null));
        assertThrows(InvalidInputException.class, () -> reading("100.1", null));
        assertThrows(InvalidInputException.class, () -> reading("5.55", null));
        assertThrows(InvalidInputException.class, () -> reading("5.5", "10.1"));
        assertThrows(InvalidInputException.class, () -> reading("5.5", "-1"));
        assertThrows(InvalidInputException.class,
                () -> new GlucoseReading(1L, null, null, NOW, "nurse", NOW));
        assertThrows(InvalidInputException.class,
                () -> new GlucoseReading(1L, BigDecimal.TEN, null, NOW.plusSeconds(60), "nurse", NOW));
        assertTrue(reading("100", "10").ketones().compareTo(BigDecimal.TEN) == 0);
    }
}
