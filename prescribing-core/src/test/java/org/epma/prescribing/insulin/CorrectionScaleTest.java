package org.epma.prescribing.insulin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.epma.prescribing.glucose.BloodGlucose;
import org.epma.prescribing.glucose.GlucoseBands;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CorrectionScaleTest {

    /** A scale as a prescriber might write one: none below 8, then 2, 4 and 6 units. The figures are the test's own. */
    private static final CorrectionScale SCALE = CorrectionScale.of(List.of(band("0", "0"), band("8", "2"), band("12", "4"),
            band("16", "6")));

    private static CorrectionScale.Band band(String from, String units) {
        return new CorrectionScale.Band(new BigDecimal(from), units == null ? null : new BigDecimal(units));
    }

    @ParameterizedTest(name = "{0} mmol/L gives {1} units")
    @CsvSource({"0, 0", "3.9, 0", "7.9, 0", "8.0, 2", "11.9, 2", "12, 4", "15.9, 4", "16.0, 6", "33.3, 6", "100, 6"})
    void eachReadingHasTheDoseOfItsBandFromItsLowerBoundIncluded(String glucose, String units) {
        assertEquals(0, new BigDecimal(units).compareTo(SCALE.unitsFor(BloodGlucose.of(glucose))));
    }

    @Test
    void theOrdersDoseRangeRunsFromTheSmallestDoseGivenToTheLargest() {
        assertEquals(0, new BigDecimal("2").compareTo(SCALE.lowestDose()), "0 units is no dose, not the bottom of the range");
        assertEquals(0, new BigDecimal("6").compareTo(SCALE.highestDose()));
    }

    @Test
    void aBandCoveringHypoglycaemiaGivesNoInsulin() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CorrectionScale.of(List.of(band("0", "0"), band("3.5", "1"), band("8", "2"))));
        assertEquals("correctionScale[1].units", refused.field());
        assertEquals("insulin.correction.refusal.hypo", refused.wording().code());
        assertThrows(InvalidInputException.class, () -> CorrectionScale.of(List.of(band("0", "2"))),
                "a single band from 0 covers every low reading too");
        CorrectionScale.of(List.of(band("0", "0"), band("4", "1")));
    }

    @Test
    void aScaleGivingNoInsulinAnywhereIsNotAScale() {
        assertEquals("insulin.correction.refusal.noInsulin", assertThrows(InvalidInputException.class,
                () -> CorrectionScale.of(List.of(band("0", "0"), band("10", "0")))).wording().code());
    }

    @Test
    void eachBandGivesADoseOfNoughtOrMoreUnitsToOneDecimalPlace() {
        for (String units : new String[] {null, "-1", "0.25", "1000000"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> CorrectionScale.of(List.of(band("0", "0"), band("8", units))), String.valueOf(units));
            assertEquals("correctionScale[1].units", refused.field());
        }
        assertEquals(0, new BigDecimal("1.5").compareTo(CorrectionScale.of(List.of(band("0", "0"), band("8", "1.5"))).lowestDose()),
                "half-unit pens exist");
    }

    @Test
    void theBoundsAreCheckedAsEveryGlucoseScalesAre() {
        assertEquals("glucose.scale.refusal.fromZero", assertThrows(InvalidInputException.class,
                () -> CorrectionScale.of(List.of(band("4", "0"), band("8", "2")))).wording().code());
        assertEquals("correctionScale[2].from", assertThrows(InvalidInputException.class,
                () -> CorrectionScale.of(List.of(band("0", "0"), band("8", "2"), band("8", "4")))).field());
        List<CorrectionScale.Band> tooMany = new ArrayList<>();
        for (int i = 0; i <= GlucoseBands.MOST_BANDS; i++) {
            tooMany.add(band(String.valueOf(i * 4), i == 0 ? "0" : String.valueOf(i)));
        }
        assertEquals("glucose.scale.refusal.size", assertThrows(InvalidInputException.class, () -> CorrectionScale.of(tooMany))
                .wording().code());
        assertEquals("glucose.scale.refusal.size", assertThrows(InvalidInputException.class, () -> CorrectionScale.of(null))
                .wording().code());
    }

    @Test
    void theScaleReadsAsAnInsulinChartAndIsStoredAndReadBack() {
        assertEquals("Correction scale (blood glucose mmol/L: units): 0-7.9: none; 8-11.9: 2; 12-15.9: 4; 16 and above: 6",
                SCALE.display());
        assertEquals("0=0;8=2;12=4;16=6", SCALE.stored());
        assertEquals(SCALE, CorrectionScale.parse(SCALE.stored()));
        assertEquals(SCALE.written(), CorrectionScale.parse("0=0;8.0=2;12=4.0;16=6").written().stream()
                .map(b -> band(b.from().stripTrailingZeros().toPlainString(), b.units().stripTrailingZeros().toPlainString())).toList());
    }
}
