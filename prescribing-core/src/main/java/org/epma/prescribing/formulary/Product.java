package org.epma.prescribing.formulary;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A formulary product: one medicine in one form and strength. Doses are prescribed either as a count of
 * the product's own unit ("2 tablets", "10 mL") or, for a single-ingredient product, as an amount of that
 * ingredient ("1 g").
 */
public record Product(String code, String name, String medicine, Form form, List<Ingredient> ingredients, Quantity per,
                      Set<Route> routes, Unit doseUnit, String atc, Set<String> groups, Set<String> interactionClasses,
                      Set<String> allergyClasses, Integer cdSchedule, boolean critical, boolean highAlert, String demoGtin,
                      String source) {

    public Product {
        ingredients = List.copyOf(ingredients);
        routes = routes.isEmpty() ? Set.of() : EnumSet.copyOf(routes);
        groups = Set.copyOf(groups);
        interactionClasses = Set.copyOf(interactionClasses);
        allergyClasses = Set.copyOf(allergyClasses);
    }

    /**
     * A Schedule 1 to 3 controlled drug (opioids such as morphine and oxycodone, tramadol, midazolam), those the Misuse
     * of Drugs Regulations 2001 hold to the strictest prescription and record-keeping rules: signing an order for one
     * asks for the prescriber's password again, and giving a dose needs a witness. Schedules 4 and 5 need neither.
     */
    public boolean strictlyControlled() {
        return cdSchedule != null && cdSchedule <= 3;
    }

    public boolean isCombination() {
        return ingredients.size() > 1;
    }

    /** A patch whose strength is its release rate per hour: what counts is what it delivers in a day. */
    public boolean releasesPerHour() {
        return per.unit() == Unit.HOUR;
    }

    /** Whether a dose can be written in this unit for this product. */
    public boolean accepts(Unit unit) {
        if (releasesPerHour()) {
            return unit == Unit.PATCH;
        }
        return unit.dimension() == per.unit().dimension()
                || (!isCombination() && unit.dimension() == ingredients.get(0).strength().unit().dimension());
    }

    /** The units a prescriber may choose from, the product's own dose unit first. */
    public List<Unit> doseUnits() {
        return java.util.Arrays.stream(Unit.values()).filter(this::accepts)
                .filter(u -> u != Unit.L && u != Unit.HOUR)
                .sorted((a, b) -> a == doseUnit ? -1 : b == doseUnit ? 1 : 0).toList();
    }

    /** The amount of each ingredient in one dose, or empty when the dose's unit does not fit this product. */
    public Optional<Map<String, Quantity>> ingredientAmounts(Quantity dose) {
        Map<String, Quantity> amounts = new LinkedHashMap<>();
        if (releasesPerHour()) {
            if (dose.unit() != Unit.PATCH) {
                return Optional.empty();
            }
            BigDecimal hoursWorn = dose.amount().multiply(new BigDecimal(24));
            ingredients.forEach(i -> amounts.put(i.name(), i.strength().times(hoursWorn)));
            return Optional.of(amounts);
        }
        if (dose.convertibleTo(per.unit())) {
            BigDecimal units = dose.ratioTo(per);
            for (Ingredient ingredient : ingredients) {
                amounts.put(ingredient.name(), ingredient.strength().times(units));
            }
            return Optional.of(amounts);
        }
        if (!isCombination() && dose.convertibleTo(ingredients.get(0).strength().unit())) {
            amounts.put(ingredients.get(0).name(), dose);
            return Optional.of(amounts);
        }
        return Optional.empty();
    }

    /**
     * How much of the product one dose takes (two tablets for 1 g of 500 mg tablets, 10 mL of 120 mg/5 mL for 240 mg),
     * or empty when the dose's unit does not say (a combination product dosed by one ingredient's mass).
     */
    public Optional<Quantity> amountFor(Quantity dose) {
        if (releasesPerHour()) {
            return dose.unit() == Unit.PATCH ? Optional.of(dose) : Optional.empty();
        }
        if (dose.convertibleTo(per.unit())) {
            return Optional.of(dose.to(per.unit()));
        }
        if (!isCombination() && dose.convertibleTo(ingredients.get(0).strength().unit())) {
            return Optional.of(per.times(dose.ratioTo(ingredients.get(0).strength())));
        }
        return Optional.empty();
    }

    public boolean contains(String ingredient) {
        return ingredients.stream().anyMatch(i -> i.name().equals(ingredient));
    }
}
