package org.epma.prescribing.infusion;

import java.util.Objects;

/**
 * How far a nurse may adjust an infusion without a new prescription: "adjust 0.5–4 mg/hour to keep the mean arterial
 * pressure above 65 mmHg". The bounds are dose rates in one unit; the target is the prescriber's words.
 */
public record Titration(DoseRate lowest, DoseRate highest, String target) {

    public Titration {
        Objects.requireNonNull(lowest, "lowest");
        Objects.requireNonNull(highest, "highest");
        if (lowest.unit() != highest.unit()) {
            throw new IllegalArgumentException("titration bounds in one unit: " + lowest + ", " + highest);
        }
        if (lowest.compareTo(highest) > 0) {
            throw new IllegalArgumentException("the lowest rate is not above the highest: " + lowest + " to " + highest);
        }
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("a titration says what it aims for");
        }
    }

    /** Whether a dose rate (in the bounds' unit) is within them, both ends included. */
    public boolean allows(DoseRate rate) {
        return rate.compareTo(lowest) >= 0 && rate.compareTo(highest) <= 0;
    }

    public String display() {
        return "adjust " + lowest.amount().stripTrailingZeros().toPlainString() + " to " + highest.display() + " to " + target;
    }
}
