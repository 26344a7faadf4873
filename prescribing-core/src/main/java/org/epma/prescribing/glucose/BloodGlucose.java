package org.epma.prescribing.glucose;

import java.math.BigDecimal;
import java.util.Objects;

/** A capillary or laboratory blood glucose in mmol/L. */
public record BloodGlucose(BigDecimal mmolPerL) {

    /** JBDS: hypoglycaemia is a blood glucose below 4.0 mmol/L, whether or not the patient has symptoms. */
    public static final BigDecimal HYPOGLYCAEMIA_BELOW = new BigDecimal("4.0");
    /** Above what a meter can sensibly report; a reading beyond it is a typing error, not a glucose. */
    private static final BigDecimal READABLE_LIMIT = new BigDecimal("100");

    public BloodGlucose {
        Objects.requireNonNull(mmolPerL, "mmolPerL");
        if (mmolPerL.signum() < 0 || mmolPerL.compareTo(READABLE_LIMIT) > 0) {
            throw new IllegalArgumentException("a blood glucose is between 0 and 100 mmol/L: " + mmolPerL);
        }
    }

    public static BloodGlucose of(String mmolPerL) {
        return new BloodGlucose(new BigDecimal(mmolPerL));
    }

    public boolean hypoglycaemic() {
        return mmolPerL.compareTo(HYPOGLYCAEMIA_BELOW) < 0;
    }

    public String display() {
        return mmolPerL.stripTrailingZeros().toPlainString() + " mmol/L";
    }
}
