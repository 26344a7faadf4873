package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.epma.prescribing.patient.MeasurementKind;

/**
 * The renal function a rule is judged against, how it is described to the prescriber, and whether it is an eGFR
 * standing in for creatinine clearance where the MHRA (Drug Safety Update, October 2019) says it should not: a
 * adult aged 75 or over, or under 50 kg.
 */
record RenalValue(BigDecimal value, String description, String note, boolean eGfrWhereClearanceIsNeeded) {

    private static final BigDecimal ELDERLY = BigDecimal.valueOf(75);
    private static final BigDecimal LIGHT_KG = BigDecimal.valueOf(50);
    /** Cockcroft-Gault, and so the MHRA's advice, is for adults. */
    private static final BigDecimal ADULT = BigDecimal.valueOf(18);

    static Optional<RenalValue> forRule(CheckRules.RenalRule rule, PatientState patient) {
        PatientState.RenalFunction recorded = patient.renal();
        Optional<BigDecimal> estimate = new BodySize(patient).creatinineClearance(rule.weightBasis());
        boolean wantsClearance = rule.measure() == CheckRules.RenalMeasure.CRCL;
        boolean wantsEgfr = rule.measure() == CheckRules.RenalMeasure.EGFR;
        if (recorded != null && (rule.measure() == CheckRules.RenalMeasure.ANY
                || wantsClearance == (recorded.kind() == MeasurementKind.CREATININE_CLEARANCE))) {
            return Optional.of(new RenalValue(recorded.value(), recorded.describe(), "", false));
        }
        if (estimate.isPresent() && !wantsEgfr) {
            return Optional.of(estimated(rule, patient, estimate.get(), ""));
        }
        if (recorded != null) {
            boolean misleading = wantsClearance && patient.ageYears().compareTo(ADULT) >= 0
                    && (patient.ageYears().compareTo(ELDERLY) >= 0 || (patient.weightKg() != null && patient.weightKg().compareTo(LIGHT_KG) < 0));
            String note = " (the rule is written for " + (wantsClearance ? "creatinine clearance" : "eGFR") + "; the patient's "
                    + recorded.describe() + " was used)";
            return Optional.of(new RenalValue(recorded.value(), recorded.describe(), note, misleading));
        }
        return estimate.map(crcl -> estimated(rule, patient, crcl, " (the rule is written for eGFR; creatinine clearance was used)"));
    }

    private static RenalValue estimated(CheckRules.RenalRule rule, PatientState patient, BigDecimal crcl, String note) {
        String weight = rule.weightBasis() == WeightBasis.ACTUAL || patient.heightCm() != null
                ? rule.weightBasis().words() + " body weight" : "actual body weight (no height recorded)";
        return new RenalValue(crcl, "creatinine clearance about " + crcl.setScale(0, RoundingMode.HALF_UP).toPlainString()
                + " mL/min (Cockcroft-Gault from serum creatinine " + patient.serumCreatinine().stripTrailingZeros().toPlainString()
                + " micromol/L and " + weight + ")", note, false);
    }
}
