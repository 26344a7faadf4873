package org.epma.prescribing.checks;

import java.util.List;
import java.util.Optional;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.AllergyStatus;

/** Allergy status, recorded allergies to the product or its class, and cross-sensitivity to related classes. */
final class AllergyChecks implements OrderChecks.OrderCheck {

    static final RuleSource STATUS_RULE = RuleSource.builtIn("allergy-status",
            "NICE CG183 Drug allergy: diagnosis and management (2014), 1.2: document allergy status before prescribing");
    private static final RuleSource UNKNOWN_TERM = RuleSource.builtIn("allergy-term-unknown", "CLINICAL.md: MISSING_DATA");
    private static final RuleSource SAME_DRUG = RuleSource.builtIn("allergy-recorded", "The patient's allergy record");

    private final CheckRules rules;

    AllergyChecks(CheckRules rules) {
        this.rules = rules;
    }

    @Override
    public void check(PatientState patient, List<OrderLine> others, OrderLine proposed, List<Alert> alerts) {
        Product product = proposed.product();
        if (patient.allergyStatus() == AllergyStatus.NOT_RECORDED) {
            alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.HARD_STOP, AlertSentence.ALLERGY_STATUS_MISSING.with(),
                    "The patient's allergy status is not recorded:"
                    + " record their allergies, or no known drug allergies, before prescribing.", STATUS_RULE, "status"));
        }
        for (PatientState.RecordedAllergy allergy : patient.allergies()) {
            Optional<CheckRules.AllergyTerm> term = rules.allergyTerm(allergy.substance());
            String reaction = allergy.reaction() == null ? "" : " (" + allergy.reaction() + ")";
            Severity direct = allergy.severity() == AllergySeverity.SEVERE ? Severity.HARD_STOP : Severity.SEVERE;
            if (term.isEmpty()) {
                String matched = product.ingredients().stream().map(i -> i.name())
                        .filter(i -> i.equalsIgnoreCase(allergy.substance().strip()) || i.startsWith(allergy.substance().strip().toLowerCase() + " "))
                        .findFirst().orElse(product.medicine().equalsIgnoreCase(allergy.substance().strip()) ? product.medicine() : null);
                if (matched != null) {
                    alerts.add(Alert.of(AlertCategory.ALLERGY, direct,
                            AlertSentence.ALLERGY_CONTAINS.with(allergy.substance(), reaction, product.name(), matched),
                            "Recorded allergy to " + allergy.substance() + reaction + ": " + product.name() + " contains " + matched + ".", SAME_DRUG, allergy.substance()));
                } else {
                    alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING,
                            AlertSentence.ALLERGY_UNKNOWN_TERM.with(allergy.substance(), product.name()), "The recorded allergy '" + allergy.substance()
                            + "' is not a term the checks know: check it against " + product.name() + " yourself.",
                            UNKNOWN_TERM, allergy.substance()));
                }
                continue;
            }
            CheckRules.AllergyTerm known = term.get();
            if (!known.isDrug()) {
                continue;
            }
            String sameIngredient = product.ingredients().stream().map(i -> i.name())
                    .filter(known.ingredients()::contains).findFirst().orElse(null);
            if (sameIngredient != null || (known.allergyClass() != null && product.allergyClasses().contains(known.allergyClass()))) {
                String allergyClass = known.allergyClass() == null ? null : known.allergyClass().toLowerCase().replace('_', ' ');
                String what = sameIngredient != null ? "contains " + sameIngredient : "is a " + allergyClass;
                alerts.add(Alert.of(AlertCategory.ALLERGY, direct, sameIngredient != null
                        ? AlertSentence.ALLERGY_CONTAINS.with(allergy.substance(), reaction, product.name(), sameIngredient)
                        : AlertSentence.ALLERGY_CLASS.with(allergy.substance(), reaction, product.name(), allergyClass),
                        "Recorded allergy to " + allergy.substance() + reaction + ": "
                        + product.name() + " " + what + ".", known.rule(), allergy.substance()));
                continue;
            }
            if (known.allergyClass() == null) {
                continue;
            }
            for (CheckRules.CrossSensitivity cross : rules.crossSensitivities()) {
                if (cross.allergyClass().equals(known.allergyClass()) && cross.related().matches(product)) {
                    Severity severity = allergy.severity() == AllergySeverity.SEVERE && cross.ifSevereReaction() != null
                            ? cross.ifSevereReaction() : cross.severity();
                    alerts.add(Alert.of(AlertCategory.CROSS_SENSITIVITY, severity,
                            AlertSentence.CROSS_SENSITIVITY.with(allergy.substance(), reaction, product.name(), cross.message()),
                            "Recorded allergy to " + allergy.substance()
                            + reaction + ", and " + product.name() + " is related: " + cross.message(), cross.rule(),
                            allergy.substance()));
                }
            }
        }
    }
}
