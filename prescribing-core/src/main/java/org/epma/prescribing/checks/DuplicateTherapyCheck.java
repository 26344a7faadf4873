package org.epma.prescribing.checks;

import java.util.List;
import java.util.Optional;
import org.epma.prescribing.formulary.Ingredient;

/**
 * Another order with the same ingredient, or in a therapeutic group where two at once are a duplicate.
 * A regular order with an as-needed one of the same drug is usual practice and only informs; whether the
 * two together exceed the daily maximum is the daily-dose check's business.
 */
final class DuplicateTherapyCheck implements OrderChecks.OrderCheck {

    private static final RuleSource SAME_INGREDIENT = RuleSource.builtIn("duplicate-ingredient",
            "CLINICAL.md: DUPLICATE_THERAPY by ingredient");

    private final CheckRules rules;

    DuplicateTherapyCheck(CheckRules rules) {
        this.rules = rules;
    }

    @Override
    public void check(PatientState patient, List<OrderLine> others, OrderLine proposed, List<Alert> alerts) {
        for (OrderLine other : others) {
            Optional<String> shared = proposed.product().ingredients().stream().map(Ingredient::name)
                    .filter(other.product()::contains).findFirst();
            if (shared.isPresent()) {
                Severity severity = proposed.asNeeded() != other.asNeeded() ? Severity.INFO : Severity.WARNING;
                alerts.add(Alert.of(AlertCategory.DUPLICATE_THERAPY, severity,
                        AlertSentence.SAME_INGREDIENT.with(other.description(), shared.get()), other.describe() + " also contains "
                        + shared.get() + ".", SAME_INGREDIENT, String.valueOf(other.reference())));
                continue;
            }
            groupDuplicate(proposed, other).ifPresent(alerts::add);
        }
    }

    private Optional<Alert> groupDuplicate(OrderLine proposed, OrderLine other) {
        Alert worst = null;
        for (String group : proposed.product().groups()) {
            if (!other.product().groups().contains(group)) {
                continue;
            }
            Optional<CheckRules.DuplicateGroup> rule = rules.duplicateGroup(group);
            if (rule.isEmpty()) {
                continue;
            }
            CheckRules.DuplicateGroup g = rule.get();
            Severity severity = proposed.asNeeded() && other.asNeeded() ? g.prnWithPrn()
                    : proposed.asNeeded() || other.asNeeded() ? g.regularWithPrn() : g.regularWithRegular();
            if (severity == null || (worst != null && worst.severity().compareTo(severity) >= 0)) {
                continue;
            }
            String groupWords = group.toLowerCase().replace('_', ' ');
            worst = Alert.of(AlertCategory.DUPLICATE_THERAPY, severity,
                    AlertSentence.SAME_GROUP.with(other.description(), groupWords, g.message()),
                    other.describe() + " is also " + groupWords + ": " + g.message(), g.rule(), String.valueOf(other.reference()));
        }
        return Optional.ofNullable(worst);
    }
}
