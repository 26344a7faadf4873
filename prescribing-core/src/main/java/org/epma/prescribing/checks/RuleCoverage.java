package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;

/**
 * Which checks have rules for each medicine of the formulary, and the high-alert products that have, for one of
 * their routes, neither an adult dose limit nor a recorded reason why not. For the coverage report and the build
 * test that keeps every high-alert medicine covered.
 */
public final class RuleCoverage {

    /** An ordinary adult, for whom every high-alert medicine must have a dose limit by each of its routes. */
    static final BigDecimal ADULT_AGE = BigDecimal.valueOf(45);
    static final BigDecimal ADULT_KG = BigDecimal.valueOf(70);

    /** The rule kinds a medicine can have, as the report's columns. */
    public enum Check { DOSE, RENAL, AGE, PREGNANCY, FREQUENCY, ROUTE, INTERACTION, DUPLICATE, ALLERGY }

    /** One medicine: its products, whether any is high-alert, the checks with rules, and the routes without a dose check. */
    public record MedicineCoverage(String medicine, List<String> products, boolean highAlert, Set<Check> checks,
                                   Map<Route, String> routesWithoutDoseLimit, Set<Route> highAlertRoutes) {
        /** Routes of a high-alert product with neither an adult dose limit nor a recorded reason. */
        public List<Route> uncovered() {
            return routesWithoutDoseLimit.entrySet().stream().filter(e -> e.getValue() == null)
                    .map(Map.Entry::getKey).filter(highAlertRoutes::contains).toList();
        }
    }

    private final CheckRules rules;

    public RuleCoverage(CheckRules rules) {
        this.rules = rules;
    }

    public List<MedicineCoverage> of(List<Product> products) {
        Map<String, List<Product>> byMedicine = new TreeMap<>();
        for (Product product : products) {
            byMedicine.computeIfAbsent(product.medicine(), m -> new ArrayList<>()).add(product);
        }
        List<MedicineCoverage> coverage = new ArrayList<>();
        byMedicine.forEach((medicine, list) -> coverage.add(medicine(medicine, list)));
        return coverage;
    }

    private MedicineCoverage medicine(String medicine, List<Product> products) {
        Set<Check> checks = EnumSet.noneOf(Check.class);
        Map<Route, String> withoutLimit = new LinkedHashMap<>();
        boolean highAlert = false;
        Set<Route> highAlertRoutes = EnumSet.noneOf(Route.class);
        for (Product product : products) {
            highAlert |= product.highAlert();
            if (product.highAlert()) {
                highAlertRoutes.addAll(product.routes());
            }
            for (Ingredient ingredient : product.ingredients()) {
                String name = ingredient.name();
                if (!rules.doseLimits(name).isEmpty()) {
                    checks.add(Check.DOSE);
                }
                add(checks, Check.RENAL, !rules.renalRules(name).isEmpty());
                add(checks, Check.AGE, !rules.ageRules(name).isEmpty());
                add(checks, Check.PREGNANCY, !rules.pregnancyRules(name).isEmpty());
                add(checks, Check.FREQUENCY, !rules.frequencyRules(name).isEmpty());
                add(checks, Check.ROUTE, !rules.routeRules(name).isEmpty());
                for (Route route : product.routes()) {
                    if (!hasAdultLimit(product, name, route)) {
                        String reason = rules.doseLimitGaps(name).stream().filter(g -> g.routes().contains(route))
                                .map(CheckRules.DoseLimitGap::reason).findFirst().orElse(null);
                        withoutLimit.merge(route, reason == null ? "" : reason, (a, b) -> a.isEmpty() || b.isEmpty() ? "" : a);
                    }
                }
            }
            add(checks, Check.INTERACTION, rules.interactions().stream().anyMatch(r -> r.a().matches(product) || r.b().matches(product)));
            add(checks, Check.DUPLICATE, product.groups().stream().anyMatch(g -> rules.duplicateGroup(g).isPresent()));
            add(checks, Check.ALLERGY, !product.allergyClasses().isEmpty());
        }
        withoutLimit.replaceAll((route, reason) -> reason.isEmpty() ? null : reason);
        return new MedicineCoverage(medicine, products.stream().map(Product::code).toList(), highAlert, checks, withoutLimit, highAlertRoutes);
    }

    private boolean hasAdultLimit(Product product, String ingredient, Route route) {
        return rules.doseLimits(ingredient).stream().anyMatch(l -> l.hasMaximum() && l.appliesTo(product, route, ADULT_AGE)
                && (l.weight().isOpen() || l.weight().contains(ADULT_KG)));
    }

    private static void add(Set<Check> checks, Check check, boolean present) {
        if (present) {
            checks.add(check);
        }
    }
}
