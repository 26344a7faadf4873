package org.epma.prescribing.infusion;

import static org.epma.prescribing.infusion.InfusionFixtures.continuous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.epma.prescribing.checks.Severity;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Prescribing a VRIII: an intravenous insulin, made up in units, at units/hour, with its scale and no titration bounds. */
class VriiiValidationTest {

    private static InfusionFixtures.Request vriii() {
        return continuous("INSULINSOLUBLE-VIAL-100U-10ML").drug("50", "unit").in("NACL-0P9-100ML", "50")
                .rate("1", "units/hour").scale(VriiiScaleTest.bands());
    }

    @Test
    void aVriiiCarriesItsScale_andItsSentenceShowsTheConcentrationAndTheScale() {
        InfusionOrder order = vriii().valid(null);
        assertEquals(0, InfusionFixtures.n("1").compareTo(order.rateMlPerHour()));
        assertEquals("0=STOP;4=0.5;6=1;8=2;12=3.5;20=6", order.vriii().stored());
        String sentence = order.describe();
        assertTrue(sentence.startsWith("Variable-rate intravenous insulin infusion (VRIII): 50 units in Sodium chloride 0.9%"), sentence);
        assertTrue(sentence.contains("(1 units/mL), at 1 mL/hour (1 units/hour)"), sentence);
        assertTrue(sentence.contains("VRIII scale (blood glucose mmol/L: units/hour): 0-3.9: stop; 4-5.9: 0.5;"), sentence);
    }

    @Test
    void anInfusionWithoutAScaleIsNoVriii() {
        assertNull(continuous("INSULINSOLUBLE-VIAL-100U-10ML").drug("50", "unit").in("NACL-0P9-100ML", "50")
                .rate("1", "units/hour").valid(null).vriii());
    }

    @Test
    void aScaleOnAnythingButIntravenousInsulinIsRefused() {
        InvalidInputException heparin = assertThrows(InvalidInputException.class, () -> continuous("HEPARIN-INJ-25000U-5ML")
                .drug("25000", "unit").in("NACL-0P9-100ML", "50").rate("1000", "units/hour").scale(VriiiScaleTest.bands()).valid(null));
        assertEquals("productCode", heparin.field());
        InvalidInputException pen = assertThrows(InvalidInputException.class, () -> continuous("INSULINGLARGINE-PEN-100U-3ML")
                .drug("50", "unit").in("NACL-0P9-100ML", "50").rate("1", "units/hour").scale(VriiiScaleTest.bands()).valid(null));
        assertEquals("productCode", pen.field());
    }

    @Test
    void aVriiiIsNotTitrated_andRunsInUnitsPerHour() {
        assertEquals("titrationLowest", assertThrows(InvalidInputException.class,
                () -> vriii().titrate("0.5", "6", "glucose 6 to 10").valid(null)).field());
        assertEquals("doseRateUnit", assertThrows(InvalidInputException.class,
                () -> vriii().rate("0.02", "units/kg/hour").valid("70")).field());
        assertEquals("kind", assertThrows(InvalidInputException.class,
                () -> vriii().rate(null, null).kind("INTERMITTENT").over(30, "QDS").valid(null)).field());
    }

    @Test
    void aBadBandIsRefusedNamingIt() {
        assertEquals("vriiiScale[0].from", assertThrows(InvalidInputException.class,
                () -> vriii().scale(java.util.List.of(VriiiScaleTest.rate("4", "1"))).valid(null)).field());
    }

    private static org.epma.prescribing.formulary.Product product(String code) {
        return InfusionFixtures.CONTENT.formulary().product(code).orElseThrow();
    }

    @Test
    void aVriiiWithNoGlucoseFluidBesideItIsAWarningThatGoesOnceOneIsPrescribed() {
        InfusionOrder order = vriii().valid(null);
        var alert = InfusionChecks.substantiveFluid(order, List.of(product("NACL-0P9-100ML"), product("PARACETAMOL-TAB-500")))
                .orElseThrow();
        assertEquals(Severity.WARNING, alert.severity());
        assertEquals("MISSING_DATA:infusion:vriii-fluid", alert.key());
        assertTrue(alert.source().startsWith("JBDS-IP"), alert.source());
        assertTrue(InfusionChecks.substantiveFluid(order, List.of(product("GLUCOSE-5PCT-1000ML"))).isEmpty(),
                "glucose 5% beside it, or an infusion made up in it");
        assertTrue(InfusionChecks.substantiveFluid(continuous("INSULINSOLUBLE-VIAL-100U-10ML").drug("50", "unit")
                .in("NACL-0P9-100ML", "50").rate("1", "units/hour").valid(null), List.of()).isEmpty(), "only a VRIII");
    }
}
