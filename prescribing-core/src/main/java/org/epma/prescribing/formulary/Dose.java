package org.epma.prescribing.formulary;

import java.math.BigDecimal;
import java.util.Objects;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.wording.Wording;

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

    public boolean isRange() {
        return upTo != null;
    }

    /**
     * Whether {@code given} is this dose: the same amount, or for a range any amount from its bottom to its top, both
     * included. An amount in a unit of another kind (mL for a dose in mg) is never this dose.
     */
    public boolean admits(Quantity given) {
        if (!given.convertibleTo(unit)) {
            return false;
        }
        BigDecimal amount = given.to(unit).amount();
        return amount.compareTo(this.amount) >= 0 && amount.compareTo(highest().amount()) <= 0;
    }

    /** "1 g", or a range in one unit, the top's: "500 to 1,000 mg" would be misread, so "0.5 to 1 g". */
    public String display() {
        if (upTo == null) {
            return new Quantity(amount, unit).display();
        }
        return bottomNumber() + " to " + highest().display();
    }

    /** {@link #display()} as a message key with arguments: "to" and the unit word in the reader's language. */
    public Wording wording() {
        if (upTo == null) {
            return new Quantity(amount, unit).wording();
        }
        return FormularySentence.DOSE_RANGE.with(bottomNumber(), highest().wording());
    }

    /**
     * The bottom of a range as {@link #display()} writes it before "to": its number alone, in the unit the top is
     * shown in (the CUI medication line gives the unit once, after the second value: "every 4 to 6 hours").
     */
    public String bottomNumber() {
        return new Quantity(amount, unit).to(highest().natural().unit()).number();
    }
}
