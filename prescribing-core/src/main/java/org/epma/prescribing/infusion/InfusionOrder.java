package org.epma.prescribing.infusion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Unit;

/**
 * An infusion whose every part has been checked ({@link InfusionValidation}): the product, the bag it is made up in (or
 * the stocked bag itself), the rate in mL/hour the pump is set to and, where the bag holds a drug, the dose rate it gives,
 * how long it runs, and how far the nurse may adjust it. {@code diluent} is null for a ready-made bag; {@code doseRate}
 * null for a fluid; {@code frequency} set for an intermittent infusion only; {@code vriii} set for a variable-rate
 * intravenous insulin infusion only, whose rate follows its glucose scale rather than titration bounds.
 */
public record InfusionOrder(InfusionKind kind, Product product, Product diluent, InfusionBag bag, BigDecimal rateMlPerHour,
                            DoseRate doseRate, BigDecimal durationHours, Integer overMinutes, Frequency frequency,
                            Titration titration, boolean peripheral, Instant start, String indication, String instructions,
                            VriiiScale vriii) {

    private static final BigDecimal DAY_HOURS = new BigDecimal("24");

    public InfusionOrder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(bag, "bag");
        Objects.requireNonNull(rateMlPerHour, "rateMlPerHour");
    }

    /** Whether the bag is a stocked product rather than made up on the ward. */
    public boolean readyMade() {
        return diluent == null;
    }

    /**
     * How many mL run in 24 hours: a continuous infusion or a fluid at its rate for 24 hours, or for its duration when
     * that is shorter; an intermittent infusion's bag volume times its doses on a day.
     */
    public BigDecimal mlIn24Hours() {
        if (kind == InfusionKind.INTERMITTENT) {
            return bag.finalVolumeMl().multiply(frequency.dosesOnADay());
        }
        BigDecimal hours = durationHours == null || durationHours.compareTo(DAY_HOURS) > 0 ? DAY_HOURS : durationHours;
        return rateMlPerHour.multiply(hours);
    }

    /** Each ingredient in the bag as made up: the drug's, or a stocked bag's for its volume. */
    public Map<String, Quantity> ingredientsInBag() {
        if (readyMade()) {
            return product.ingredientAmounts(new Quantity(bag.finalVolumeMl(), Unit.ML)).orElse(Map.of());
        }
        return product.ingredientAmounts(bag.drug()).orElse(Map.of());
    }

    /** Each ingredient given in 24 hours, in proportion to the volume that runs. */
    public Map<String, Quantity> ingredientsIn24Hours() {
        BigDecimal bags = mlIn24Hours().divide(bag.finalVolumeMl(), MathContext.DECIMAL64);
        Map<String, Quantity> perDay = new LinkedHashMap<>();
        ingredientsInBag().forEach((name, amount) -> perDay.put(name, amount.times(bags)));
        return perDay;
    }

    /** Each ingredient per hour at the prescribed rate (continuous infusions and fluids). */
    public Map<String, Quantity> ingredientsPerHour() {
        BigDecimal bagsPerHour = rateMlPerHour.divide(bag.finalVolumeMl(), MathContext.DECIMAL64);
        Map<String, Quantity> perHour = new LinkedHashMap<>();
        ingredientsInBag().forEach((name, amount) -> perHour.put(name, amount.times(bagsPerHour)));
        return perHour;
    }

    /** Each ingredient per litre of the bag, as concentration limits are written ("40 mmol/L"). */
    public Map<String, Quantity> ingredientsPerLitre() {
        BigDecimal litres = bag.finalVolumeMl().divide(new BigDecimal("1000"), MathContext.DECIMAL64);
        Map<String, Quantity> perLitre = new LinkedHashMap<>();
        ingredientsInBag().forEach((name, amount) -> perLitre.put(name,
                new Quantity(amount.amount().divide(litres, MathContext.DECIMAL64), amount.unit())));
        return perLitre;
    }

    public Optional<Quantity> concentrationPerMl() {
        return bag.concentrationPerMl();
    }

    /**
     * The order in words, as the chart, the pharmacist and the dispensing system read it: "Continuous infusion: 50 mg in
     * Sodium chloride 0.9% … to 50 mL (1 mg/mL), at 5 mL/hour (5 mg/hour); adjust 2 to 10 mg/hour to keep …".
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(switch (kind) {
            case CONTINUOUS -> vriii != null ? "Variable-rate intravenous insulin infusion (VRIII): " : "Continuous infusion: ";
            case INTERMITTENT -> "Intermittent infusion: ";
            case FLUID -> "Fluid: ";
        });
        if (readyMade()) {
            text.append(number(bag.finalVolumeMl())).append(" mL of ").append(product.name());
        } else {
            text.append(bag.drug().display()).append(" in ").append(diluent.name()).append(" to ")
                    .append(number(bag.finalVolumeMl())).append(" mL");
        }
        concentrationPerMl().filter(c -> !readyMade()).ifPresent(c -> text.append(" (")
                .append(number(InfusionRates.readable(c.amount()))).append(' ').append(words(c.unit())).append("/mL)"));
        if (kind == InfusionKind.INTERMITTENT) {
            text.append(", over ").append(overMinutes).append(" minutes (").append(number(InfusionRates.pumpRate(rateMlPerHour)))
                    .append(" mL/hour), ").append(frequency.words());
        } else {
            text.append(", at ").append(number(InfusionRates.pumpRate(rateMlPerHour))).append(" mL/hour");
            if (doseRate != null) {
                text.append(" (").append(doseRate.display()).append(')');
            }
            if (durationHours != null) {
                text.append(", over ").append(number(durationHours)).append(" hours");
            }
        }
        if (titration != null) {
            text.append("; ").append(titration.display());
        }
        if (vriii != null) {
            text.append("; ").append(vriii.display());
        }
        text.append(peripheral ? "; peripheral line" : "; central line");
        return text.toString();
    }

    /** A unit as written after a number in a rate or concentration: "micrograms" and "units" in full, symbols otherwise. */
    public static String words(Unit unit) {
        return unit == Unit.MICROGRAM ? "micrograms" : unit == Unit.UNIT ? "units" : unit.symbol();
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
