package org.epma.prescribing.formulary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount with its unit. Conversions go only through {@link Unit}'s table. */
public record Quantity(BigDecimal amount, Unit unit) implements Comparable<Quantity> {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String amount, Unit unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    public boolean convertibleTo(Unit target) {
        return unit.dimension() == target.dimension();
    }

    public Quantity to(Unit target) {
        if (!convertibleTo(target)) {
            throw new IllegalArgumentException("cannot convert " + this + " to " + target.symbol());
        }
        if (target == unit) {
            return this;
        }
        return new Quantity(amount.multiply(unit.factor()).divide(target.factor(), PRECISION), target);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(amount.add(other.to(unit).amount()), unit);
    }

    public Quantity times(BigDecimal factor) {
        return new Quantity(amount.multiply(factor, PRECISION), unit);
    }

    /** How many times {@code other} goes into this (both of one dimension). */
    public BigDecimal ratioTo(Quantity other) {
        return amount.divide(other.to(unit).amount(), PRECISION);
    }

    @Override
    public int compareTo(Quantity other) {
        return amount.compareTo(other.to(unit).amount());
    }

    /**
     * The same amount as a person reads it: a mass in its most natural unit (1 g rather than 1000 mg) and the amount
     * rounded to four significant figures without trailing zeros.
     */
    public Quantity natural() {
        Quantity shown = this;
        if (unit.dimension() == Unit.Dimension.MASS) {
            BigDecimal mg = to(Unit.MG).amount();
            if (mg.compareTo(new BigDecimal("1000")) >= 0) {
                shown = to(Unit.G);
            } else if (mg.compareTo(BigDecimal.ONE) < 0) {
                shown = to(Unit.MICROGRAM);
            } else {
                shown = to(Unit.MG);
            }
        }
        BigDecimal rounded = shown.amount.round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros();
        return new Quantity(rounded.scale() < 0 ? rounded.setScale(0) : rounded, shown.unit);
    }

    /** The way a prescriber reads it in English: {@link #natural()} with the unit's word, "2 tablets", "1 g". */
    public String display() {
        Quantity shown = natural();
        boolean plural = shown.unit.isCountOfForm() && shown.amount.compareTo(BigDecimal.ONE) != 0;
        String symbol = shown.unit.symbol() + (plural || (shown.unit == Unit.UNIT && shown.amount.compareTo(BigDecimal.ONE) != 0) ? "s" : "");
        return shown.amount.toPlainString() + " " + symbol;
    }

    @Override
    public String toString() {
        return display();
    }
}
