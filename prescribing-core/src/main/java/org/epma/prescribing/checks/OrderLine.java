package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.OrderWording;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.wording.Wording;

/**
 * What the order checks read of an order: the product, the dose, the route, how often, and for an
 * as-needed order the most doses in 24 hours. {@code reference} names the order in messages and results.
 * {@code weeklyOn} is the day a weekly order's doses fall on (null for any other frequency): a prescriber reading
 * "once a week" must also read which day, as a weekly methotrexate given on the wrong day is given twice in a week.
 */
public record OrderLine(String reference, Product product, Dose dose, Route route, Frequency frequency,
                        Integer prnMaxDosesPer24h, DayOfWeek weeklyOn) {

    public OrderLine {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(frequency, "frequency");
        if (frequency != Frequency.WEEKLY) {
            weeklyOn = null;
        }
    }

    /** An order read without its start (the checks of a proposed order): a weekly one without its day. */
    public OrderLine(String reference, Product product, Dose dose, Route route, Frequency frequency, Integer prnMaxDosesPer24h) {
        this(reference, product, dose, route, frequency, prnMaxDosesPer24h, null);
    }

    public boolean asNeeded() {
        return frequency == Frequency.PRN;
    }

    /** The most doses this order allows in 24 hours, or empty for an as-needed order without its limit. */
    public Optional<BigDecimal> dosesIn24Hours() {
        if (product.releasesPerHour()) {
            return Optional.of(BigDecimal.ONE); // the patch's amount is already what it delivers in a day
        }
        if (asNeeded()) {
            return Optional.ofNullable(prnMaxDosesPer24h).map(BigDecimal::valueOf);
        }
        return Optional.of(frequency.dosesOnADay());
    }

    /** The most doses this order allows in seven days, or empty for an as-needed order without its 24-hour limit. */
    public Optional<BigDecimal> dosesIn7Days() {
        if (product.releasesPerHour()) {
            return Optional.of(BigDecimal.valueOf(7));
        }
        if (asNeeded()) {
            return Optional.ofNullable(prnMaxDosesPer24h).map(max -> BigDecimal.valueOf(7L * max));
        }
        return Optional.of(frequency.dosesInAWeek());
    }

    /** The most of an ingredient this order gives in seven days, like {@link #dailyAmountOf(String)}. */
    public Optional<Quantity> weeklyAmountOf(String ingredient) {
        Optional<BigDecimal> doses = dosesIn7Days();
        return ingredientsPerDose().map(m -> m.get(ingredient)).flatMap(perDose -> doses.map(perDose::times));
    }

    /** The ingredients in one (the largest) dose; empty when the dose's unit does not fit the product. */
    public Optional<Map<String, Quantity>> ingredientsPerDose() {
        return product.ingredientAmounts(dose.highest());
    }

    /**
     * The most of an ingredient this order gives in 24 hours, in the order's own unit; empty when the order does
     * not contain it or, as needed, states no 24-hour maximum.
     */
    public Optional<Quantity> dailyAmountOf(String ingredient) {
        Optional<BigDecimal> doses = dosesIn24Hours();
        return ingredientsPerDose().map(m -> m.get(ingredient)).flatMap(perDose -> doses.map(perDose::times));
    }

    /** What the order says, in parts, for wording it in either language. */
    public OrderWording wording() {
        return new OrderWording(product.name(), dose, route, frequency, prnMaxDosesPer24h, weeklyOn);
    }

    /** {@link #describe()} as a message key with arguments, for a sentence worded in the reader's language. */
    public Wording description() {
        return wording().toWording();
    }

    /**
     * How a prescriber reads the order: "Co-codamol 30/500 tablets 2 tablets oral four times a day", "Methotrexate
     * 2.5 mg tablets 7.5 mg oral once a week on Monday".
     */
    public String describe() {
        return wording().english();
    }
}
