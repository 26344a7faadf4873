package org.epma.prescribing.glucose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.epma.prescribing.glucose.GlucoseBands.Band;
import org.junit.jupiter.api.Test;

/** The table's mechanics, with made-up values: the hospital's real table is configuration, not code. */
class GlucoseBandsTest {

    private static final GlucoseBands<String> TABLE = GlucoseBands.of(List.of(
            new Band<>(new BigDecimal("4.0"), "A"), new Band<>(new BigDecimal("8.1"), "B"), new Band<>(new BigDecimal("12.1"), "C")));

    @Test
    void eachReadingFallsInOneBandTheLowerBoundIncludedTheLastOpenAbove() {
        assertEquals(Optional.of("A"), TABLE.forReading(BloodGlucose.of("4.0")));
        assertEquals(Optional.of("A"), TABLE.forReading(BloodGlucose.of("8.0")));
        assertEquals(Optional.of("B"), TABLE.forReading(BloodGlucose.of("8.1")));
        assertEquals(Optional.of("C"), TABLE.forReading(BloodGlucose.of("33.3")));
        assertEquals(Optional.empty(), TABLE.forReading(BloodGlucose.of("3.9")), "below the table: hypoglycaemia, handled first");
    }

    @Test
    void bandsRiseWithoutOverlap() {
        assertThrows(IllegalArgumentException.class, () -> GlucoseBands.of(List.of(
                new Band<>(new BigDecimal("8.0"), "A"), new Band<>(new BigDecimal("8.0"), "B"))));
        assertThrows(IllegalArgumentException.class, () -> GlucoseBands.of(List.of(
                new Band<>(new BigDecimal("8.0"), "A"), new Band<>(new BigDecimal("4.0"), "B"))));
        assertThrows(IllegalArgumentException.class, () -> GlucoseBands.of(List.<Band<String>>of()));
    }

    @Test
    void hypoglycaemiaIsBelowFour() {
        assertTrue(BloodGlucose.of("3.9").hypoglycaemic());
        assertFalse(BloodGlucose.of("4.0").hypoglycaemic());
        assertEquals("3.9 mmol/L", BloodGlucose.of("3.90").display());
        assertThrows(IllegalArgumentException.class, () -> BloodGlucose.of("-1"));
        assertThrows(IllegalArgumentException.class, () -> BloodGlucose.of("550"), "a typing error, not a glucose");
    }
}
