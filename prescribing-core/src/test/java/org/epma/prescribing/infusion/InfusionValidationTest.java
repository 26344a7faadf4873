package org.epma.prescribing.infusion;

import static org.epma.prescribing.infusion.InfusionFixtures.continuous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.order.OrderRequest;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Infusions as written become orders with both rates worked out, or are refused naming the field. */
class InfusionValidationTest {

    private static void same(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " expected, was " + actual.toPlainString());
    }

    private static String refusedField(InfusionFixtures.Request request, String weight) {
        return assertThrows(InvalidInputException.class, () -> request.valid(weight)).field();
    }

    @Test
    void aDoseRateGivesThePumpRateAndTheConcentrationIsShown() {
        // heparin 25,000 units made up to 50 mL is 500 units/mL: 1,000 units/hour runs at 2 mL/hour
        InfusionOrder order = continuous("HEPARIN-INJ-25000U-5ML").drug("25000", "unit").in("NACL-0P9-100ML", "50")
                .rate("1000", "units/hour").valid(null);
        same("2", order.rateMlPerHour());
        same("500", order.concentrationPerMl().orElseThrow().amount());
        same("48", order.mlIn24Hours());
        assertTrue(order.describe().contains("500 units/mL"), order.describe());
        assertTrue(order.describe().contains("2 mL/hour (1000 units/hour)"), order.describe());
    }

    @Test
    void aPumpRateGivesTheDoseRateInTheBagsUnitOrTheOneAskedFor() {
        InfusionOrder perHour = continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").in("NACL-0P9-100ML", "50").ml("3").valid(null);
        assertEquals(DoseRateUnit.MG_PER_HOUR, perHour.doseRate().unit());
        same("3", perHour.doseRate().amount());
        InfusionOrder perKg = continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").in("NACL-0P9-100ML", "50").ml("3")
                .rate(null, "micrograms/kg/minute").valid("80");
        // 3 mg/hour = 3000 micrograms / 60 minutes / 80 kg = 0.625 micrograms/kg/minute, shown to 3 significant figures
        same("0.625", perKg.doseRate().amount());
    }

    @Test
    void aPerKgDoseRateUsesTheWeightAndIsRefusedWithoutOne() {
        // 0.05 mg/kg/hour × 70 kg = 3.5 mg/hour of 1 mg/mL: 3.5 mL/hour
        InfusionOrder order = continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").in("NACL-0P9-100ML", "50")
                .rate("0.05", "mg/kg/hour").valid("70");
        same("3.5", order.rateMlPerHour());
        assertEquals("doseRateUnit", refusedField(continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").in("NACL-0P9-100ML", "50")
                .rate("0.05", "mg/kg/hour"), null));
    }

    @Test
    void aFluidOverHoursRunsAtItsVolumeOverThoseHoursAndHasNoDoseRate() {
        InfusionOrder saline = continuous("NACL-0P9-1000ML").kind("FLUID").hours("8").valid(null);
        same("125", saline.rateMlPerHour());
        same("1000", saline.mlIn24Hours());
        assertNull(saline.doseRate());
        assertTrue(saline.readyMade());
        OrderRequest base = InfusionPrescribing.baseOrder(saline, null);
        assertEquals("STAT", base.frequency());
        assertEquals("mL", base.doseUnit());
        same("1000", base.dose());
        assertEquals(InfusionFixtures.NOW.plusSeconds(8 * 3600), base.end());
        assertTrue(base.instructions().startsWith("Fluid: 1000 mL of Sodium chloride 0.9%"), base.instructions());
    }

    @Test
    void anIntermittentInfusionRunsItsVolumeOverItsMinutesAtItsFrequency() {
        InfusionOrder order = continuous("FLUCLOXACILLIN-INJ-1G").kind("INTERMITTENT").drug("1", "g").in("NACL-0P9-100ML", "100")
                .over(30, "QDS").valid(null);
        same("200", order.rateMlPerHour());
        same("400", order.mlIn24Hours());
        assertEquals(Frequency.QDS, order.frequency());
        OrderRequest base = InfusionPrescribing.baseOrder(order, null);
        assertEquals("QDS", base.frequency());
        assertEquals("g", base.doseUnit());
    }

    @Test
    void titrationBoundsAreInTheDoseRateUnitAndIncludeThePrescribedRate() {
        InfusionOrder order = continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").in("NACL-0P9-100ML", "50").rate("1", "mg/hour")
                .titrate("0.5", "4", "a sedation score of 0 to -1").valid(null);
        assertEquals(DoseRateUnit.MG_PER_HOUR, order.titration().highest().unit());
        assertTrue(order.describe().contains("adjust 0.5 to 4 mg/hour to a sedation score"), order.describe());
        assertEquals("doseRate", refusedField(continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").in("NACL-0P9-100ML", "50")
                .rate("5", "mg/hour").titrate("0.5", "4", "calm"), null));
        assertEquals("titrationHighest", refusedField(continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").in("NACL-0P9-100ML", "50")
                .rate("1", "mg/hour").titrate("4", "0.5", "calm"), null));
    }

    @Test
    void badOrdersAreRefusedNamingTheField() {
        assertEquals("rateMlPerHour", refusedField(continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").in("NACL-0P9-100ML", "50")
                .ml("3").rate("1", "mg/hour"), null));
        assertEquals("rateMlPerHour", refusedField(continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").in("NACL-0P9-100ML", "50"), null));
        assertEquals("diluentCode", refusedField(continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").in("MORPHINE-INJ-10-1ML", "50")
                .ml("3"), null));
        assertEquals("productCode", refusedField(continuous("MIDAZOLAM-INJ-10-2ML").kind("FLUID").hours("8"), null));
        assertEquals("kind", refusedField(continuous("NACL-0P9-1000ML").kind("DRIP").hours("8"), null));
        assertEquals("finalVolumeMl", refusedField(continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").ml("3"), null));
        assertEquals("doseRateUnit", refusedField(continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").in("NACL-0P9-100ML", "50")
                .rate("1", "mcg/kg/min"), null));
        assertEquals("drugAmount", refusedField(continuous("MIDAZOLAM-INJ-10-2ML").drug("-5", "mg").in("NACL-0P9-100ML", "50")
                .ml("3"), null));
        assertEquals("rateMlPerHour", refusedField(continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").in("NACL-0P9-100ML", "50")
                .ml("0.01"), null), "0.01 mL/hour rounds to nothing on a pump");
        assertEquals("rateMlPerHour", refusedField(continuous("MIDAZOLAM-INJ-10-2ML").drug("0.0001", "mg").in("NACL-0P9-100ML", "999999")
                .rate("999999", "mg/hour"), null), "a bag this weak cannot give this much");
        assertEquals("frequency", refusedField(continuous("FLUCLOXACILLIN-INJ-1G").kind("INTERMITTENT").drug("1", "g")
                .in("NACL-0P9-100ML", "100").over(30, "PRN"), null));
    }
}
