package org.epma.prescribing.checks;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;

/**
 * A route the product is not made for (HARD_STOP, unless the rule data accepts it as practice: an oral liquid by
 * feeding tube is a WARNING), an oral form by injection, and the never-event routes of the rule data.
 */
final class RouteChecks implements OrderChecks.OrderCheck {

    private static final RuleSource PRODUCT_ROUTES = RuleSource.builtIn("formulary-routes",
            "The product's licensed routes (formulary, medicines.csv)");
    private static final RuleSource ORAL_BY_INJECTION = RuleSource.builtIn("oral-form-by-injection",
            "NHS England Never Events list 2018 (revised 2021): administration of medication by the wrong route");

    private final CheckRules rules;

    RouteChecks(CheckRules rules) {
        this.rules = rules;
    }

    @Override
    public void check(PatientState patient, List<OrderLine> others, OrderLine proposed, List<Alert> alerts) {
        Product product = proposed.product();
        Route route = proposed.route();
        boolean neverEvent = false;
        List<CheckRules.RouteRule> forbidding = new java.util.ArrayList<>(rules.productRouteRules(product.code()));
        for (Ingredient ingredient : product.ingredients()) {
            forbidding.addAll(rules.routeRules(ingredient.name()));
        }
        for (CheckRules.RouteRule rule : forbidding) {
            if (rule.forbidden().contains(route)) {
                alerts.add(Alert.of(AlertCategory.ROUTE, rule.severity(), AlertSentence.RULE.with(rule.message()), rule.message(),
                        rule.rule(), route.name()));
                neverEvent = true;
            }
        }
        if (product.form().isOral() && route.isParenteral()) {
            alerts.add(Alert.of(AlertCategory.ROUTE, Severity.HARD_STOP, AlertSentence.ORAL_BY_INJECTION.with(product.name(), route.term()),
                    product.name() + " is made to be swallowed and must"
                    + " never be given by the " + route.words() + " route.", ORAL_BY_INJECTION, route.name()));
        } else if (!neverEvent && !product.routes().contains(route)) {
            String licensed = product.routes().stream().map(Route::words).sorted().collect(Collectors.joining(", "));
            Optional<CheckRules.AcceptedRoute> accepted = rules.acceptedRoute(product, route);
            if (accepted.isPresent()) {
                alerts.add(Alert.of(AlertCategory.ROUTE, accepted.get().severity(), AlertSentence.LICENSED_FOR_OTHER_ROUTES.with(
                        product.name(), licensed, route.term(), accepted.get().message()), product.name() + " is licensed for " + licensed
                        + " use, not the " + route.words() + " route: " + accepted.get().message(), accepted.get().rule(),
                        route.name()));
            } else {
                alerts.add(Alert.of(AlertCategory.ROUTE, Severity.HARD_STOP, AlertSentence.NOT_BY_ROUTE.with(product.name(), route.term(),
                        licensed), product.name() + " is not given by the "
                        + route.words() + " route; it is for " + licensed + " use.", PRODUCT_ROUTES, route.name()));
            }
        }
        for (Ingredient ingredient : product.ingredients()) {
            for (CheckRules.FrequencyRule rule : rules.frequencyRules(ingredient.name())) {
                if (rule.routes().contains(route) && !rule.allowed().contains(proposed.frequency())) {
                    alerts.add(Alert.of(AlertCategory.DOSE_FREQUENCY, rule.severity(), AlertSentence.FREQUENCY.with(ingredient.name(),
                            proposed.frequency().term(), rule.message()), ingredient.name() + " "
                            + proposed.frequency().words() + ": " + rule.message(), rule.rule(), proposed.frequency().name()));
                }
            }
        }
    }
}
