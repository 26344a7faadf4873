package org.epma.prescribing.oxygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.epma.prescribing.oxygen.SaturationTarget.Reading;
import org.junit.jupiter.api.Test;

class SaturationTargetTest {

    @Test
    void theBtsRangesIncludeBothEnds() {
        assertEquals("94–98%", SaturationTarget.STANDARD.display());
        assertEquals(Reading.WITHIN, SaturationTarget.STANDARD.read(94));
        assertEquals(Reading.WITHIN, SaturationTarget.STANDARD.read(98));
        assertEquals(Reading.BELOW, SaturationTarget.STANDARD.read(93));
        assertEquals(Reading.ABOVE, SaturationTarget.STANDARD.read(99));
    }

    @Test
    void ninetyFiveIsTooMuchForAPatientAtRiskOfHypercapnia() {
        assertEquals(Reading.ABOVE, SaturationTarget.HYPERCAPNIC_RISK.read(95));
        assertEquals(Reading.WITHIN, SaturationTarget.HYPERCAPNIC_RISK.read(88));
        assertEquals(Reading.BELOW, SaturationTarget.HYPERCAPNIC_RISK.read(86));
    }

    @Test
    void aPatientSpecificRangeSaysWhyAndRunsUpwards() {
        assertEquals(Reading.WITHIN, SaturationTarget.patientSpecific(90, 94, "respiratory team plan").read(92));
        assertThrows(IllegalArgumentException.class, () -> SaturationTarget.patientSpecific(90, 94, " "));
        assertThrows(IllegalArgumentException.class, () -> SaturationTarget.patientSpecific(94, 90, "x"));
        assertThrows(IllegalArgumentException.class, () -> SaturationTarget.STANDARD.read(101));
    }
}
