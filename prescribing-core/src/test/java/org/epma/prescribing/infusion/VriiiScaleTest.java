package org.epma.prescribing.infusion;

import static org.epma.prescribing.infusion.InfusionFixtures.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.glucose.BloodGlucose;
import org.epma.prescribing.glucose.GlucoseBands;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A VRIII's scale: the prescriber's bands validated, looked up at every edge, and its rates turned into the pump's mL/hour.
 * The rates below are test numbers chosen to tell the bands apart, not a clinical scale.
 */
class VriiiScaleTest {

    /** Test bands: 0 stop, 4 gives 0.5, 6 gives 1, 8 gives 2, 12 gives 3.5, 20 and above gives 6. */
    static List<VriiiScale.Band> bands() {
        return List.of(stop("0"), rate("4", "0.5"), rate("6", "1"), rate("8", "2"), rate("12", "3.5"), rate("20", "6"));
    }

    static VriiiScale.Band stop(String from) {
        return new VriiiScale.Band(n(from), null, true);
    }

    static VriiiScale.Band rate(String from, String unitsPerHour) {
        return new VriiiScale.Band(n(from), n(unitsPerHour), null);
    }

    private static final VriiiScale SCALE = VriiiScale.of(bands());

    @ParameterizedTest(name = "{0} mmol/L gives {1}")
    @CsvSource({"0, STOP", "3.9, STOP", "4.0, 0.5", "4, 0.5", "5.9, 0.5", "6.0, 1", "7.9, 1", "8.0, 2", "11.9, 2", "12.0, 3.5",
        "19.9, 3.5", "20.0, 6", "35, 6", "100, 6"})
    void rateFor_givesTheBandFromItsLowerBoundUpToTheNext_andTheLastIsOpenAbove(String glucose, String expected) {
        ScaleRate rate = SCALE.rateFor(BloodGlucose.of(glucose));
        if (expected.equals("STOP")) {
            assertTrue(rate.stop());
            assertTrue(rate.noInsulin());
        } else {
            assertFalse(rate.stop());
            assertEquals(0, n(expected).compareTo(rate.unitsPerHour()), glucose + " gave " + rate.display());
        }
    }

    @Test
    void aScaleWrittenAsAgainstTheReadingReadsBackTheSame() {
        assertEquals("0=STOP;4=0.5;6=1;8=2;12=3.5;20=6", SCALE.stored());
        assertEquals(SCALE.stored(), VriiiScale.parse(SCALE.stored()).stored());
        assertEquals(bands().size(), VriiiScale.parse(SCALE.stored()).written().size());
    }

    @Test
    void display_writesEachBandAsAChartReadsIt() {
        assertEquals("VRIII scale (blood glucose mmol/L: units/hour): 0-3.9: stop; 4-5.9: 0.5; 6-7.9: 1; 8-11.9: 2;"
                + " 12-19.9: 3.5; 20 and above: 6", SCALE.display());
    }

    @Test
    void gives_onlyRatesSomeBandGives_inUnitsPerHour() {
        assertTrue(SCALE.gives(new DoseRate(n("3.50"), DoseRateUnit.UNITS_PER_HOUR)));
        assertFalse(SCALE.gives(new DoseRate(n("3"), DoseRateUnit.UNITS_PER_HOUR)));
        assertFalse(SCALE.gives(new DoseRate(n("2"), DoseRateUnit.MG_PER_HOUR)));
        assertFalse(SCALE.gives(null));
    }

    @Test
    void mlPerHour_throughTheConcentration_andNoneWhereTheBandGivesNoInsulin() {
        InfusionBag oneUnitPerMl = new InfusionBag(new Quantity(n("50"), Unit.UNIT), n("50"), "NACL-0P9-50ML");
        InfusionBag halfUnitPerMl = new InfusionBag(new Quantity(n("50"), Unit.UNIT), n("100"), "NACL-0P9-100ML");
        assertEquals(0, n("3.5").compareTo(VriiiScale.mlPerHour(ScaleRate.of(n("3.5")), oneUnitPerMl)));
        assertEquals(0, n("7").compareTo(VriiiScale.mlPerHour(ScaleRate.of(n("3.5")), halfUnitPerMl)));
        assertNull(VriiiScale.mlPerHour(ScaleRate.stopped(), oneUnitPerMl));
        assertNull(VriiiScale.mlPerHour(ScaleRate.of(BigDecimal.ZERO), oneUnitPerMl));
        // and back: the pump's 7 mL/hour of 0.5 unit/mL is 3.5 units/hour
        assertEquals(0, n("3.5").compareTo(InfusionRates.doseRate(n("7"), halfUnitPerMl, DoseRateUnit.UNITS_PER_HOUR, null).amount()));
    }

    private static String refusedField(List<VriiiScale.Band> bands) {
        return assertThrows(InvalidInputException.class, () -> VriiiScale.of(bands)).field();
    }

    private static List<VriiiScale.Band> with(int index, VriiiScale.Band band) {
        List<VriiiScale.Band> changed = new ArrayList<>(bands());
        changed.set(index, band);
        return changed;
    }

    @Test
    void of_refusesAScaleThatDoesNotStartAtZero() {
        assertEquals("vriiiScale[0].from", refusedField(with(0, stop("2"))));
    }

    @Test
    void of_refusesBandsThatDoNotRise() {
        assertEquals("vriiiScale[2].from", refusedField(with(2, rate("4", "1"))));
        assertEquals("vriiiScale[2].from", refusedField(with(2, rate("3", "1"))));
    }

    @Test
    void of_refusesBoundsBeyondAReadingOrFinerThanOne() {
        assertEquals("vriiiScale[5].from", refusedField(with(5, rate("101", "6"))));
        assertEquals("vriiiScale[5].from", refusedField(with(5, rate("20.05", "6"))));
        assertEquals("vriiiScale[5].from", refusedField(with(5, new VriiiScale.Band(null, n("6"), null))));
        assertEquals("vriiiScale[1].from", refusedField(with(1, rate("-1", "6"))));
    }

    @Test
    void of_refusesARateBelowZeroOrFinerThanATenth_andAcceptsZero() {
        assertEquals("vriiiScale[3].unitsPerHour", refusedField(with(3, rate("8", "-1"))));
        assertEquals("vriiiScale[3].unitsPerHour", refusedField(with(3, rate("8", "2.25"))));
        assertEquals(0, BigDecimal.ZERO.compareTo(VriiiScale.of(with(1, rate("4", "0"))).rateFor(BloodGlucose.of("4.5")).unitsPerHour()));
    }

    @Test
    void of_refusesABandWithBothARateAndStop_orNeither() {
        assertEquals("vriiiScale[2].unitsPerHour", refusedField(with(2, new VriiiScale.Band(n("6"), n("1"), true))));
        assertEquals("vriiiScale[2].unitsPerHour", refusedField(with(2, new VriiiScale.Band(n("6"), null, false))));
    }

    @Test
    void of_refusesNoBandsOrMoreThanAChartHolds() {
        assertEquals("vriiiScale", refusedField(List.of()));
        assertEquals("vriiiScale", refusedField(null));
        List<VriiiScale.Band> many = new ArrayList<>();
        for (int i = 0; i <= GlucoseBands.MOST_BANDS; i++) {
            many.add(rate(String.valueOf(i), "1"));
        }
        assertEquals("vriiiScale", refusedField(many));
        assertEquals("vriiiScale[0].from", refusedField(Collections.singletonList(null)));
    }
}
