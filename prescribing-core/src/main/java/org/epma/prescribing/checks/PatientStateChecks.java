package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.order.OrderLine;
import org.epma.prescribing.patient.MeasurementKind;
import org.epma.prescribing.patient.PregnancyStatus;

/** Renal function, age and pregnancy or breastfeeding against the rules of each ingredient. */
final class PatientStateChecks implements OrderChecks.OrderCheck {

    private static final RuleSource NO_RENAL = RuleSource.builtIn("renal-function-missing", "CLINICAL.md: MISSING_DATA");
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
                    alerts.add(Alert.of(AlertCategory.AGE, rule.severity(), rule.message(), rule.rule(), name));
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
        PatientState.RenalFunction renal = patient.renal();
        if (renal == null) {
            alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING, "No renal function is recorded, and the dose of "
                    + ingredient + " depends on it. Record the latest eGFR or creatinine clearance.", NO_RENAL, ingredient));
            return;
        }
        Optional<Alert> worst = applicable.stream()
                .filter(r -> renal.value().compareTo(r.below()) < 0)
                .map(r -> alertFor(r, renal, patient, others, proposed, ingredient))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(Alert::severity));
        worst.ifPresent(alerts::add);
    }

    private Optional<Alert> alertFor(CheckRules.RenalRule rule, PatientState.RenalFunction renal, PatientState patient,
                                     List<OrderLine> others, OrderLine proposed, String ingredient) {
        Severity severity = switch (rule.action()) {
            case CONTRAINDICATED -> Severity.HARD_STOP;
            case AVOID -> Severity.SEVERE;
            case REDUCE -> rule.dailyMax() == null ? Severity.WARNING : Severity.SEVERE;
        };
        if (rule.action() == CheckRules.RenalAction.REDUCE && rule.dailyMax() != null
                && dailyTotal(others, proposed, ingredient, rule.dailyMax()).compareTo(rule.dailyMax()) <= 0) {
            return Optional.empty();
        }
        boolean otherMeasure = (rule.measure() == CheckRules.RenalMeasure.CRCL && renal.kind() == MeasurementKind.EGFR)
                || (rule.measure() == CheckRules.RenalMeasure.EGFR && renal.kind() == MeasurementKind.CREATININE_CLEARANCE);
        String note = otherMeasure ? " (the rule is written for " + (rule.measure() == CheckRules.RenalMeasure.CRCL
                ? "creatinine clearance" : "eGFR") + "; the patient's " + renal.describe() + " was used)" : "";
        return Optional.of(Alert.of(AlertCategory.RENAL, severity, "Patient's " + renal.describe() + ": " + rule.message() + note,
                rule.rule(), ingredient));
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
            if (rule.status() == patient.pregnancy()) {
                alerts.add(Alert.of(AlertCategory.PREGNANCY, rule.severity(), rule.message(), rule.rule(), ingredient));
            }
        }
        boolean mattersInPregnancy = applicable.stream().anyMatch(r -> r.status() == PregnancyStatus.PREGNANT);
        if (mattersInPregnancy && patient.pregnancy() == PregnancyStatus.NOT_RECORDED && patient.couldBePregnant()) {
            alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING, "Pregnancy status is not recorded, and "
                    + ingredient + " is a risk in pregnancy. Record whether the patient is pregnant or breastfeeding.",
                    NO_PREGNANCY, ingredient));
        }
    }
}
