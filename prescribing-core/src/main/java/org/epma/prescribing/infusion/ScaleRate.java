package org.epma.prescribing.infusion;

import java.math.BigDecimal;

/**
 * What one band of a VRIII scale gives: a rate of insulin in units/hour, or "stop" (the prescriber's band for
 * hypoglycaemia, as on a paper VRIII chart). {@code unitsPerHour} is null exactly when the band stops the insulin.
 */
public record ScaleRate(boolean stop, BigDecimal unitsPerHour) {

    public ScaleRate {
        if (stop != (unitsPerHour == null)) {
            throw new IllegalArgumentException("a scale's band gives a rate or stops the insulin, not both");
        }
        if (unitsPerHour != null && unitsPerHour.signum() < 0) {
            throw new IllegalArgumentException("a scale's rate is not negative: " + unitsPerHour);
        }
    }

    public static ScaleRate stopped() {
        return new ScaleRate(true, null);
    }

    public static ScaleRate of(BigDecimal unitsPerHour) {
        return new ScaleRate(false, unitsPerHour);
    }

    /** Whether no insulin runs at this band: it says stop, or gives 0 units/hour (a pump cannot run at 0). */
    public boolean noInsulin() {
        return stop || unitsPerHour.signum() == 0;
    }

    /** As a dose rate in units/hour; null when the band says stop. */
    public DoseRate doseRate() {
        return stop ? null : new DoseRate(unitsPerHour, DoseRateUnit.UNITS_PER_HOUR);
    }

    public String display() {
        return stop ? "stop" : unitsPerHour.stripTrailingZeros().toPlainString() + " units/hour";
    }
}
