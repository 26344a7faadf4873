package org.epma.prescribing.checks;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;

/**
 * Interactions of the proposed order with each other order that is a different drug: the most severe
 * matching row of the table. A row with a daily dose on one side fires only above that dose (simvastatin above
 * 20 mg a day with amlodipine); an as-needed order without its 24-hour maximum counts as above it.
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
                if ((worst == null || rule.severity().compareTo(worst.severity()) > 0)
                        && (matches(rule.a(), rule.aRoutes(), rule.aDailyAbove(), proposed)
                        && matches(rule.b(), rule.bRoutes(), rule.bDailyAbove(), other)
                        || matches(rule.b(), rule.bRoutes(), rule.bDailyAbove(), proposed)
                        && matches(rule.a(), rule.aRoutes(), rule.aDailyAbove(), other))) {
                    worst = rule;
                }
            }
            if (worst != null) {
                alerts.add(Alert.of(AlertCategory.INTERACTION, worst.severity(), AlertSentence.INTERACTION.with(proposed.product().medicine(),
                        other.product().medicine(), worst.mechanism() + " " + worst.advice()), proposed.product().medicine() + " with "
                        + other.product().medicine() + ": " + worst.mechanism() + " " + worst.advice(), worst.rule(),
                        String.valueOf(other.reference())));
            }
        }
    }

    private static boolean matches(DrugMatcher drug, Set<Route> routes, Quantity dailyAbove, OrderLine order) {
        return (routes.isEmpty() || routes.contains(order.route())) && drug.matches(order.product())
                && (dailyAbove == null || above(order, dailyAbove));
    }

    /** Whether any ingredient of the order is given at more than {@code dailyAbove} in 24 hours (an unknown total counts). */
    private static boolean above(OrderLine order, Quantity dailyAbove) {
        for (Ingredient ingredient : order.product().ingredients()) {
            Optional<Quantity> daily = order.dailyAmountOf(ingredient.name());
            if (daily.isEmpty() || (daily.get().convertibleTo(dailyAbove.unit()) && daily.get().compareTo(dailyAbove) > 0)) {
                return true;
            }
        }
        return false;
    }
}
