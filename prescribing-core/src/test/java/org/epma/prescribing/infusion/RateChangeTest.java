package org.epma.prescribing.infusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateChangeTest {

    private static final Titration HALF_TO_FOUR_MG = new Titration(DoseRate.of("0.5", DoseRateUnit.MG_PER_HOUR),
            DoseRate.of("4", DoseRateUnit.MG_PER_HOUR), "keep the mean arterial pressure above 65 mmHg");
    private static final DoseRate ONE_MG = DoseRate.of("1", DoseRateUnit.MG_PER_HOUR);

    @Test
    void withinTheBoundsWithAReasonIsAllowedAndTheEndsAreIncluded() {
        assertTrue(RateChange.decide(HALF_TO_FOUR_MG, ONE_MG, DoseRate.of("4", DoseRateUnit.MG_PER_HOUR), "MAP 58").allowed());
        assertTrue(RateChange.decide(HALF_TO_FOUR_MG, ONE_MG, DoseRate.of("0.5", DoseRateUnit.MG_PER_HOUR), "MAP 80").allowed());
    }

    @Test
    void aChangeWithinTheBoundsSaysWhy() {
        assertEquals(RateChange.Outcome.NEEDS_REASON,
                RateChange.decide(HALF_TO_FOUR_MG, ONE_MG, DoseRate.of("2", DoseRateUnit.MG_PER_HOUR), " ").outcome());
    }

    @Test
    void beyondTheBoundsOrInAnotherUnitStops() {
        RateChange.Decision above = RateChange.decide(HALF_TO_FOUR_MG, ONE_MG, DoseRate.of("4.5", DoseRateUnit.MG_PER_HOUR), "MAP 50");
        assertEquals(RateChange.Outcome.OUTSIDE_BOUNDS, above.outcome());
        assertTrue(above.message().contains("0.5 to 4 mg/hour"), above.message());
        assertEquals(RateChange.Outcome.OUTSIDE_BOUNDS,
                RateChange.decide(HALF_TO_FOUR_MG, ONE_MG, DoseRate.of("2", DoseRateUnit.MICROGRAMS_PER_HOUR), "x").outcome());
    }

    @Test
    void withoutBoundsOnlyThePrescribedRateRuns() {
        assertTrue(RateChange.decide(null, ONE_MG, DoseRate.of("1.0", DoseRateUnit.MG_PER_HOUR), null).allowed());
        assertEquals(RateChange.Outcome.NOT_TITRATABLE,
                RateChange.decide(null, ONE_MG, DoseRate.of("1.5", DoseRateUnit.MG_PER_HOUR), "asked").outcome());
    }

    @Test
    void boundsAreInOneUnitLowestFirstWithATarget() {
        assertThrows(IllegalArgumentException.class, () -> new Titration(DoseRate.of("4", DoseRateUnit.MG_PER_HOUR),
                DoseRate.of("0.5", DoseRateUnit.MG_PER_HOUR), "x"));
        assertThrows(IllegalArgumentException.class, () -> new Titration(ONE_MG, DoseRate.of("4", DoseRateUnit.UNITS_PER_HOUR), "x"));
        assertThrows(IllegalArgumentException.class, () -> new Titration(ONE_MG, ONE_MG, " "));
    }
}
