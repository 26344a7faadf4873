package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.patient.PregnancyStatus;

/**
 * Renal function, age, and pregnancy, breastfeeding or childbearing potential against the rules of each
 * ingredient. A rule written for creatinine clearance uses a measured one, else the Cockcroft-Gault estimate
 * from serum creatinine, else the eGFR (saying so, and asking for creatinine where the MHRA says the eGFR misleads).
 */
final class PatientStateChecks implements OrderChecks.OrderCheck {

    private static final RuleSource NO_RENAL = RuleSource.builtIn("renal-function-missing", "CLINICAL.md: MISSING_DATA");
    private static final RuleSource CLEARANCE_NEEDED = RuleSource.builtIn("creatinine-clearance-needed",
            "MHRA Drug Safety Update October 2019: Prescribing medicines in renal impairment: using the appropriate estimate "
            + "of renal function to avoid the risk of adverse drug reactions");
    private static final RuleSource NO_PREGNANCY = RuleSource.builtIn("pregnancy-status-missing", "CLINICAL.md: MISSING_DATA");

    private final CheckRules rules;

    PatientStateChecks(CheckRules rules) {
        this.rules = rules;
    }

    @Override
    public void check(PatientState patient, List<OrderLine> others, OrderLine proposed, List<Alert> alerts) {
        for (Ingredient ingredient : proposed.product().ingredients()) {
            String name = ingredient.name();
            renal(patient, others, proposed, name, alerts);
            for (CheckRules.AgeRule rule : rules.ageRules(name)) {
                if (rule.routes().contains(proposed.route()) && rule.age().contains(patient.ageYears())) {
                    alerts.add(Alert.of(AlertCategory.AGE, rule.severity(), AlertSentence.RULE.with(rule.message()), rule.message(), rule.rule(),
                            name));
                }
            }
            pregnancy(patient, proposed, name, alerts);
        }
    }

    private void renal(PatientState patient, List<OrderLine> others, OrderLine proposed, String ingredient, List<Alert> alerts) {
        List<CheckRules.RenalRule> applicable = rules.renalRules(ingredient).stream()
                .filter(r -> r.routes().contains(proposed.route())).toList();
        if (applicable.isEmpty()) {
            return;
        }
        boolean missing = false;
        boolean eGfrForClearance = false;
        List<Alert> found = new ArrayList<>();
        for (CheckRules.RenalRule rule : applicable) {
            Optional<RenalValue> value = RenalValue.forRule(rule, patient);
            if (value.isEmpty()) {
                missing = true;
                continue;
            }
            eGfrForClearance |= value.get().eGfrWhereClearanceIsNeeded();
            if (value.get().value().compareTo(rule.below()) < 0) {
                alertFor(rule, value.get(), others, proposed, ingredient).ifPresent(found::add);
            }
        }
        if (missing) {
            alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING, AlertSentence.NO_RENAL_FUNCTION.with(ingredient),
                    "No renal function is recorded, and the dose of "
                    + ingredient + " depends on it. Record the latest eGFR, creatinine clearance or serum creatinine.", NO_RENAL,
                    ingredient));
        }
        if (eGfrForClearance) {
            alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING, AlertSentence.CLEARANCE_NEEDED.with(ingredient),
                    "The renal rules of " + ingredient + " are written "
                    + "for creatinine clearance, and for a patient aged 75 or over or weighing under 50 kg the eGFR can overstate it:"
                    + " record the serum creatinine (and weight) so that creatinine clearance can be estimated.", CLEARANCE_NEEDED,
                    ingredient));
        }
        found.stream().max(Comparator.comparing(Alert::severity)).ifPresent(alerts::add);
    }

    private Optional<Alert> alertFor(CheckRules.RenalRule rule, RenalValue renal, List<OrderLine> others, OrderLine proposed,
                                     String ingredient) {
        Severity severity = switch (rule.action()) {
            case CONTRAINDICATED -> Severity.HARD_STOP;
            case AVOID -> Severity.SEVERE;
            case REDUCE -> rule.dailyMax() == null ? Severity.WARNING : Severity.SEVERE;
        };
        if (rule.action() == CheckRules.RenalAction.REDUCE && rule.dailyMax() != null
                && dailyTotal(others, proposed, ingredient, rule.dailyMax()).compareTo(rule.dailyMax()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(Alert.of(AlertCategory.RENAL, severity,
                AlertSentence.RENAL.with(renal.description(), rule.message(), renal.note()),
                "Patient's " + renal.description() + ": " + rule.message() + renal.note(), rule.rule(), ingredient));
    }

    private static Quantity dailyTotal(List<OrderLine> others, OrderLine proposed, String ingredient, Quantity unitOf) {
        Quantity total = new Quantity(BigDecimal.ZERO, unitOf.unit());
        for (OrderLine order : Stream.concat(others.stream(), Stream.of(proposed)).toList()) {
            Optional<Quantity> amount = order.dailyAmountOf(ingredient).filter(a -> a.convertibleTo(unitOf.unit()));
            if (amount.isPresent()) {
                total = total.plus(amount.get());
            }
        }
        return total;
    }

    private void pregnancy(PatientState patient, OrderLine proposed, String ingredient, List<Alert> alerts) {
        List<CheckRules.PregnancyRule> applicable = rules.pregnancyRules(ingredient).stream()
                .filter(r -> r.routes().contains(proposed.route())).toList();
        for (CheckRules.PregnancyRule rule : applicable) {
            if (applies(rule.condition(), patient)) {
                alerts.add(Alert.of(AlertCategory.PREGNANCY, rule.severity(), AlertSentence.RULE.with(rule.message()), rule.message(),
                        rule.rule(), ingredient));
            }
        }
        boolean mattersInPregnancy = applicable.stream().anyMatch(r -> r.condition() == CheckRules.PregnancyCondition.PREGNANT);
        if (mattersInPregnancy && patient.pregnancy() == PregnancyStatus.NOT_RECORDED && patient.couldBePregnant()) {
            alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING, AlertSentence.NO_PREGNANCY_STATUS.with(ingredient),
                    "Pregnancy status is not recorded, and "
                    + ingredient + " is a risk in pregnancy. Record whether the patient is pregnant or breastfeeding.",
                    NO_PREGNANCY, ingredient));
        }
    }

    /** Childbearing potential: could be pregnant by age and sex, and not recorded as pregnant (that rule speaks) or not applicable. */
    private static boolean applies(CheckRules.PregnancyCondition condition, PatientState patient) {
        return switch (condition) {
            case PREGNANT -> patient.pregnancy() == PregnancyStatus.PREGNANT;
            case BREASTFEEDING -> patient.pregnancy() == PregnancyStatus.BREASTFEEDING;
            case CHILDBEARING_POTENTIAL -> patient.couldBePregnant() && patient.pregnancy() != PregnancyStatus.PREGNANT
                    && patient.pregnancy() != PregnancyStatus.NOT_APPLICABLE;
        };
    }
}
