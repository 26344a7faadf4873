package org.epma.prescribing.infusion;

import java.math.BigDecimal;
import java.util.Objects;

/** A dose rate: "2 mg/hour", "0.05 micrograms/kg/minute". */
public record DoseRate(BigDecimal amount, DoseRateUnit unit) implements Comparable<DoseRate> {

    public DoseRate {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a dose rate is not negative: " + amount);
        }
    }

    public static DoseRate of(String amount, DoseRateUnit unit) {
        return new DoseRate(new BigDecimal(amount), unit);
    }

    /** Rates in the same unit compare by amount; rates in different units are not compared here (convert first). */
    @Override
    public int compareTo(DoseRate other) {
        if (other.unit != unit) {
            throw new IllegalArgumentException("cannot compare " + this + " with " + other);
        }
        return amount.compareTo(other.amount);
    }

    public String display() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit.words();
    }

    @Override
    public String toString() {
        return display();
    }
}
