package org.epma.prescribing.checks;

import java.util.List;
import org.epma.prescribing.order.OrderLine;

/**
 * Interactions of the proposed order with each other order that is a different drug: the most severe
 * matching row of the table.
 */
final class InteractionCheck implements OrderChecks.OrderCheck {

    private final CheckRules rules;

    InteractionCheck(CheckRules rules) {
        this.rules = rules;
    }

    @Override
    public void check(PatientState patient, List<OrderLine> others, OrderLine proposed, List<Alert> alerts) {
        for (OrderLine other : others) {
            if (proposed.product().ingredients().stream().anyMatch(i -> other.product().contains(i.name()))) {
                continue; // the same drug by two orders is a duplicate (and a daily total), not an interaction
            }
            CheckRules.InteractionRule worst = null;
            for (CheckRules.InteractionRule rule : rules.interactions()) {
                if ((worst == null || rule.severity().compareTo(worst.severity()) > 0) && (matches(rule.a(), rule.aRoutes(), proposed)
                        && matches(rule.b(), rule.bRoutes(), other) || matches(rule.b(), rule.bRoutes(), proposed)
                        && matches(rule.a(), rule.aRoutes(), other))) {
                    worst = rule;
                }
            }
            if (worst != null) {
                alerts.add(Alert.of(AlertCategory.INTERACTION, worst.severity(), proposed.product().medicine() + " with "
                        + other.product().medicine() + ": " + worst.mechanism() + " " + worst.advice(), worst.rule(),
                        String.valueOf(other.reference())));
            }
        }
    }

    private static boolean matches(DrugMatcher drug, java.util.Set<org.epma.prescribing.formulary.Route> routes, OrderLine order) {
        return (routes.isEmpty() || routes.contains(order.route())) && drug.matches(order.product());
    }
}
