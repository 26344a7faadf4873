package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.epma.prescribing.patient.Sex;

/**
 * The patient's size as dose and renal rules need it: body weight on a named basis, body surface area and the
 * Cockcroft-Gault estimate of creatinine clearance. Each is empty when a measurement it needs is not recorded.
 */
public final class BodySize {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    /** Devine: 2.3 kg per inch over 5 feet, i.e. per 2.54 cm over 152.4 cm. */
    private static final BigDecimal KG_PER_CM_OVER_5_FEET = new BigDecimal("2.3").divide(new BigDecimal("2.54"), PRECISION);
    private static final BigDecimal FIVE_FEET_CM = new BigDecimal("152.4");
    private static final BigDecimal ADJUSTMENT = new BigDecimal("0.4");

    private final PatientState patient;

    public BodySize(PatientState patient) {
        this.patient = patient;
    }

    /** The body weight on a basis; ideal and adjusted weight need the height (and are never more than the actual weight). */
    public Optional<BigDecimal> weight(WeightBasis basis) {
        BigDecimal actual = patient.weightKg();
        if (actual == null) {
            return Optional.empty();
        }
        if (basis == WeightBasis.ACTUAL) {
            return Optional.of(actual);
        }
        Optional<BigDecimal> ideal = idealWeight();
        if (ideal.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal ibw = ideal.get();
        if (actual.compareTo(ibw) <= 0) {
            return Optional.of(actual);
        }
        return Optional.of(basis == WeightBasis.IDEAL ? ibw : ibw.add(ADJUSTMENT.multiply(actual.subtract(ibw)), PRECISION));
    }

    /** Devine's ideal body weight: 50 kg for men, 45.5 kg for women, plus 2.3 kg per inch over 5 feet. */
    public Optional<BigDecimal> idealWeight() {
        if (patient.heightCm() == null || !(patient.sex() == Sex.MALE || patient.sex() == Sex.FEMALE)) {
            return Optional.empty();
        }
        BigDecimal base = patient.sex() == Sex.MALE ? new BigDecimal("50") : new BigDecimal("45.5");
        return Optional.of(base.add(KG_PER_CM_OVER_5_FEET.multiply(patient.heightCm().subtract(FIVE_FEET_CM)), PRECISION));
    }

    /** Mosteller's body surface area in m²: √(height cm × weight kg / 3600) (N Engl J Med 1987;317:1098). */
    public Optional<BigDecimal> surfaceArea() {
        if (patient.heightCm() == null || patient.weightKg() == null) {
            return Optional.empty();
        }
        return Optional.of(patient.heightCm().multiply(patient.weightKg()).divide(new BigDecimal("3600"), PRECISION).sqrt(PRECISION));
    }

    /**
     * Creatinine clearance in mL/min by Cockcroft-Gault in SI units: (140 − age) × weight × 1.23 (men) or 1.04
     * (women) ÷ serum creatinine in micromol/L (Cockcroft DW, Gault MH. Nephron 1976;16:31-41; BNF, Prescribing in
     * renal impairment).
     */
    public Optional<BigDecimal> creatinineClearance(WeightBasis basis) {
        BigDecimal creatinine = patient.serumCreatinine();
        Optional<BigDecimal> weight = weight(basis);
        if (creatinine == null || creatinine.signum() <= 0 || weight.isEmpty() || !(patient.sex() == Sex.MALE || patient.sex() == Sex.FEMALE)) {
            return Optional.empty();
        }
        BigDecimal factor = patient.sex() == Sex.MALE ? new BigDecimal("1.23") : new BigDecimal("1.04");
        BigDecimal years = new BigDecimal("140").subtract(patient.ageYears());
        return Optional.of(years.max(BigDecimal.ZERO).multiply(weight.get()).multiply(factor).divide(creatinine, PRECISION));
    }
}
