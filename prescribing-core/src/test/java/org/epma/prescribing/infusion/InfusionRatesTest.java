package org.epma.prescribing.infusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Unit;
import org.junit.jupiter.api.Test;

/** The arithmetic of infusion rates, on bags made up the way wards make them. */
class InfusionRatesTest {

    private static final InfusionBag FOUR_MG_IN_50_ML = new InfusionBag(Quantity.of("4", Unit.MG), new BigDecimal("50"), "GLUCOSE-5-INF");
    // JBDS (Joint British Diabetes Societies) variable-rate insulin: 50 units of soluble insulin made up to 50 mL, 1 unit/mL
    private static final InfusionBag INSULIN_1_UNIT_PER_ML = new InfusionBag(Quantity.of("50", Unit.UNIT), new BigDecimal("50"),
            "SODIUM-CHLORIDE-09-INF");
    private static final InfusionBag HEPARIN_25000_IN_50 = new InfusionBag(Quantity.of("25000", Unit.UNIT), new BigDecimal("50"), null);

    private static BigDecimal kg(String weight) {
        return new BigDecimal(weight);
    }

    @Test
    void aPerKgPerMinuteRateNeedsTheWeightAndGivesMlPerHour() {
        // 0.1 micrograms/kg/minute × 70 kg × 60 = 420 micrograms/hour; 4 mg in 50 mL is 80 micrograms/mL: 5.25 mL/hour
        BigDecimal ml = InfusionRates.mlPerHour(DoseRate.of("0.1", DoseRateUnit.MICROGRAMS_PER_KG_PER_MINUTE), FOUR_MG_IN_50_ML, kg("70"));
        assertEquals(0, new BigDecimal("5.25").compareTo(ml), ml.toPlainString());
        assertEquals("5.3", InfusionRates.pumpRate(ml).toPlainString());
    }

    @Test
    void mlPerHourTurnsBackIntoTheSameDoseRate() {
        DoseRate back = InfusionRates.doseRate(new BigDecimal("5.25"), FOUR_MG_IN_50_ML, DoseRateUnit.MICROGRAMS_PER_KG_PER_MINUTE, kg("70"));
        assertEquals("0.1", InfusionRates.readable(back.amount()).toPlainString());
        DoseRate perHour = InfusionRates.doseRate(new BigDecimal("5.25"), FOUR_MG_IN_50_ML, DoseRateUnit.MG_PER_HOUR, null);
        assertEquals("0.42", InfusionRates.readable(perHour.amount()).toPlainString(), "no weight needed for mg/hour");
    }

    @Test
    void unitsPerHourAtOneUnitPerMlIsTheSameNumberOfMl() {
        assertEquals(0, new BigDecimal("6").compareTo(
                InfusionRates.mlPerHour(DoseRate.of("6", DoseRateUnit.UNITS_PER_HOUR), INSULIN_1_UNIT_PER_ML, null)));
        // 1,000 units/hour of 500 units/mL: 2 mL/hour
        assertEquals(0, new BigDecimal("2").compareTo(
                InfusionRates.mlPerHour(DoseRate.of("1000", DoseRateUnit.UNITS_PER_HOUR), HEPARIN_25000_IN_50, null)));
    }

    @Test
    void aPerKgRateWithoutAWeightIsNotGuessed() {
        RateNotComputable refused = assertThrows(RateNotComputable.class, () -> InfusionRates.mlPerHour(
                DoseRate.of("0.1", DoseRateUnit.MICROGRAMS_PER_KG_PER_MINUTE), FOUR_MG_IN_50_ML, null));
        assertEquals(RateNotComputable.Reason.NEEDS_WEIGHT, refused.reason());
    }

    @Test
    void unitsCannotBeGivenFromABagMeasuredInMilligramsNorADoseFromPlainFluid() {
        assertEquals(RateNotComputable.Reason.UNIT_MISMATCH, assertThrows(RateNotComputable.class, () -> InfusionRates.mlPerHour(
                DoseRate.of("2", DoseRateUnit.UNITS_PER_HOUR), FOUR_MG_IN_50_ML, null)).reason());
        InfusionBag saline = new InfusionBag(null, new BigDecimal("1000"), null);
        assertEquals(RateNotComputable.Reason.NO_DRUG, assertThrows(RateNotComputable.class, () -> InfusionRates.mlPerHour(
                DoseRate.of("2", DoseRateUnit.MG_PER_HOUR), saline, null)).reason());
    }

    @Test
    void concentrationPerLitreAsPotassiumIsWritten() {
        InfusionBag potassium = new InfusionBag(Quantity.of("40", Unit.MMOL), new BigDecimal("1000"), null);
        assertEquals(0, new BigDecimal("40").compareTo(potassium.concentrationPerLitre().orElseThrow().amount()));
        assertEquals(0, new BigDecimal("0.08").compareTo(FOUR_MG_IN_50_ML.concentrationPerMl().orElseThrow().amount()));
    }

    @Test
    void aBagHoldsSomethingAndNoTablets() {
        assertThrows(IllegalArgumentException.class, () -> new InfusionBag(null, BigDecimal.ZERO, null));
        assertThrows(IllegalArgumentException.class, () -> new InfusionBag(Quantity.of("2", Unit.TABLET), BigDecimal.TEN, null));
    }

    @Test
    void doseRateUnitsAreReadAsWrittenButNeverAsMcg() {
        assertEquals(DoseRateUnit.MICROGRAMS_PER_KG_PER_MINUTE, DoseRateUnit.parse("micrograms/kg/min").orElseThrow());
        assertEquals(DoseRateUnit.MG_PER_HOUR, DoseRateUnit.parse("mg/h").orElseThrow());
        assertEquals(DoseRateUnit.UNITS_PER_HOUR, DoseRateUnit.parse("units/hour").orElseThrow());
        assertEquals(DoseRateUnit.MG_PER_KG_PER_HOUR, DoseRateUnit.parse("mg / kg / hr").orElseThrow());
        assertEquals(DoseRateUnit.MMOL_PER_HOUR, DoseRateUnit.parse("MMOL_PER_HOUR").orElseThrow());
        assertEquals(java.util.Optional.empty(), DoseRateUnit.parse("mcg/kg/min"));
        assertEquals(java.util.Optional.empty(), DoseRateUnit.parse("tablets/hour"));
        assertEquals(java.util.Optional.empty(), DoseRateUnit.parse("mg/kg"));
    }
}
