package org.epma.hl7.outbound;

import java.math.BigDecimal;
import java.util.Objects;

import org.epma.prescribing.formulary.Unit;

/**
 * The dose to give each time: a single amount, or a range from {@code amount} up to {@code upTo}.
 *
 * @param upTo null for a single amount
 */
public record GiveDose(BigDecimal amount, BigDecimal upTo, Unit unit) {

    public GiveDose {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a dose must be more than zero: " + amount);
        }
        if (upTo != null && upTo.compareTo(amount) <= 0) {
            throw new IllegalArgumentException("the top of a dose range must be above its bottom: " + amount + "-" + upTo);
        }
    }

    public GiveDose(BigDecimal amount, Unit unit) {
        this(amount, null, unit);
    }
}
