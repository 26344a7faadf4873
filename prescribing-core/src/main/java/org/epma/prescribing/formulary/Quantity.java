package org.epma.prescribing.formulary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Map;
import org.epma.prescribing.wording.Wording;

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
     * The way a person reads it, in the most natural mass unit (1 g rather than 1000 mg), after the NHS Common User
     * Interface medication guidance (Design Guide Entry – Medication Line v2.0.0.0): no trailing zeros ("2.5", not
     * "2.50"), a leading zero ("0.5 mg"), a comma from a thousand ("5,000 units"), and unit words in full and plural
     * after any amount but exactly one ("1 tablet", "2 tablets", "50 micrograms", "10 units"). Symbols (mg, g, mL,
     * mmol) stay as they are. For people only: coded units (HL7) use {@link Unit#symbol()}.
     */
    public String display() {
        Quantity shown = natural();
        return shown.number() + " " + word(shown.unit, shown.rounded().compareTo(BigDecimal.ONE) == 0);
    }

    /**
     * {@link #display()} as a message key with arguments, for a sentence a screen words in its reader's language: the
     * number as display() writes it, and the unit as the bundles' word after an amount ({@code doseUnitCount.<symbol>},
     * with a count of 1 for exactly one, else 2, which is all the bundles' plural rule asks).
     */
    public Wording wording() {
        Quantity shown = natural();
        boolean one = shown.rounded().compareTo(BigDecimal.ONE) == 0;
        return FormularySentence.QUANTITY.with(shown.number(), new Wording(unitWordKey(shown.unit), Map.of("count", one ? 1 : 2)));
    }

    /** The bundles' key of a unit's word after an amount. */
    public static String unitWordKey(Unit unit) {
        return "doseUnitCount." + unit.symbol();
    }

    /** The same amount in the mass unit a person reads most easily (1 g, 500 mg, 62.5 micrograms); other units as they are. */
    public Quantity natural() {
        if (unit.dimension() != Unit.Dimension.MASS) {
            return this;
        }
        BigDecimal mg = to(Unit.MG).amount();
        if (mg.compareTo(new BigDecimal("1000")) >= 0) {
            return to(Unit.G);
        }
        return mg.compareTo(BigDecimal.ONE) < 0 ? to(Unit.MICROGRAM) : to(Unit.MG);
    }

    /** The amount as written, without its unit: four significant figures, no trailing zeros, commas from a thousand. */
    public String number() {
        return grouped(rounded().toPlainString());
    }

    private BigDecimal rounded() {
        BigDecimal rounded = amount.round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** "5,000" for 5000, "12,500.5" for 12500.5: commas in the whole part only. */
    private static String grouped(String number) {
        int point = number.indexOf('.');
        String whole = point < 0 ? number : number.substring(0, point);
        String sign = whole.startsWith("-") ? "-" : "";
        whole = whole.substring(sign.length());
        StringBuilder out = new StringBuilder(whole);
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            out.insert(i, ',');
        }
        return sign + out + (point < 0 ? "" : number.substring(point));
    }

    /** The unit after an amount: a word is plural unless the amount is exactly one; a symbol never changes. */
    private static String word(Unit unit, boolean one) {
        if (one) {
            return unit.symbol();
        }
        return switch (unit) {
            case MICROGRAM, L, UNIT, TABLET, CAPSULE, DOSE, VIAL, AMPOULE, SACHET, HOUR -> unit.symbol() + "s";
            case PATCH -> "patches";
            case SUPPOSITORY -> "suppositories";
            case MG, G, ML, MMOL -> unit.symbol();
        };
    }

    @Override
    public String toString() {
        return display();
    }
}
