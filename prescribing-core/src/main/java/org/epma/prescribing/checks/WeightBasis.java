package org.epma.prescribing.checks;

/**
 * Which body weight a per-kg limit or a Cockcroft-Gault estimate uses. Ideal body weight is Devine's formula
 * (Devine BJ. Drug Intell Clin Pharm 1974;8:650-655): 50 kg (men) or 45.5 kg (women) plus 2.3 kg per inch of
 * height over 5 feet, or the actual weight if that is less; adjusted body weight is the ideal weight plus 0.4 of
 * the excess (Bauer LA, Applied Clinical Pharmacokinetics; the BNF's aminoglycoside guidance in obesity).
 */
public enum WeightBasis {
    ACTUAL("actual"), IDEAL("ideal"), ADJUSTED("adjusted");

    private final String words;

    WeightBasis(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public boolean needsHeight() {
        return this != ACTUAL;
    }
}
