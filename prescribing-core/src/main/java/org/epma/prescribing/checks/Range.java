package org.epma.prescribing.checks;

import java.math.BigDecimal;

/** A half-open range [from, below); either end may be open (null). */
public record Range(BigDecimal from, BigDecimal below) {

    public static final Range ANY = new Range(null, null);

    public boolean contains(BigDecimal value) {
        return (from == null || value.compareTo(from) >= 0) && (below == null || value.compareTo(below) < 0);
    }

    public boolean isOpen() {
        return from == null && below == null;
    }
}
