package org.epma.prescribing.formulary;

import java.math.BigDecimal;
import java.util.Objects;
import org.epma.prescribing.refusal.InvalidInputException;

/** A dose, or a dose range ("5 to 10 mg"); the checks always judge the top of the range. */
public record Dose(BigDecimal amount, BigDecimal upTo, Unit unit) {

    public Dose {
        Objects.requireNonNull(unit, "unit");
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException("dose", FormularySentence.DOSE_MORE_THAN_ZERO.with(), "The dose must be more than zero.");
        }
        if (upTo != null && upTo.compareTo(amount) <= 0) {
            throw new InvalidInputException("doseUpTo", FormularySentence.RANGE_TOP_ABOVE_BOTTOM.with(), "The top of a dose range must be more than its bottom.");
        }
    }

    public static Dose of(String amount, Unit unit) {
        return new Dose(new BigDecimal(amount), null, unit);
    }

    /** The most that one administration may be. */
    public Quantity highest() {
        return new Quantity(upTo == null ? amount : upTo, unit);
    }

    /** "1 g", or a range in one unit, the top's: "500 to 1,000 mg" would be misread, so "0.5 to 1 g". */
    public String display() {
        if (upTo == null) {
            return new Quantity(amount, unit).display();
        }
        Quantity top = new Quantity(upTo, unit).natural();
        return new Quantity(amount, unit).to(top.unit()).number() + " to " + top.display();
    }
}
