package org.epma.prescribing.administration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Unit;

/**
 * How much of an order was given over a period: the amounts the nurses recorded, summed in the order's unit. Not
 * the number of doses times the prescribed dose, because the doses of a range order ("2.5 to 5 mg") differ.
 */
public record AmountGiven(Quantity total, int doses) {

    public AmountGiven {
        Objects.requireNonNull(total, "total");
    }

    /** The sum of {@code given} in {@code unit}; amounts in a unit of another kind are not this order's and are left out. */
    public static AmountGiven of(List<Quantity> given, Unit unit) {
        Quantity total = new Quantity(BigDecimal.ZERO, unit);
        int doses = 0;
        for (Quantity amount : given) {
            if (amount.convertibleTo(unit)) {
                total = total.plus(amount);
                doses++;
            }
        }
        return new AmountGiven(total, doses);
    }
}
