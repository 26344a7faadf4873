package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.order.OrderLine;

/**
 * Single and 24-hour doses against the dose limits for the route, age and weight. The 24-hour total is
 * summed by ingredient over every order of the patient, combination products included, as-needed orders at
 * their stated maximum. A dose ten times the limit or more is a typing error, not a judgement: HARD_STOP.
 */
final class DoseChecks implements OrderChecks.OrderCheck {

    private static final BigDecimal TENFOLD = BigDecimal.TEN;
    private static final RuleSource NO_WEIGHT = RuleSource.builtIn("weight-missing", "CLINICAL.md: MISSING_DATA");
    private static final RuleSource NO_PRN_LIMIT = RuleSource.builtIn("prn-limit-missing", "CLINICAL.md: MISSING_DATA");

    private final CheckRules rules;

    DoseChecks(CheckRules rules) {
        this.rules = rules;
    }

    @Override
    public void check(PatientState patient, List<OrderLine> others, OrderLine proposed, List<Alert> alerts) {
        Optional<Map<String, Quantity>> perDose = proposed.ingredientsPerDose();
        if (perDose.isEmpty()) {
            return; // a unit the product does not have: refused as invalid input before the checks
        }
        Set<String> weightMissingFor = new HashSet<>();
        for (Map.Entry<String, Quantity> dose : perDose.get().entrySet()) {
            String ingredient = dose.getKey();
            for (CheckRules.DoseLimit limit : rules.doseLimits(ingredient)) {
                if (!limit.routes().contains(proposed.route()) || !limit.age().contains(patient.ageYears())) {
                    continue;
                }
                if (limit.needsWeight() && patient.weightKg() == null) {
                    if (weightMissingFor.add(ingredient)) {
                        alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING, "No weight is recorded, so the "
                                + "weight-based dose limits of " + ingredient + " cannot be checked. Record the patient's weight.",
                                NO_WEIGHT, ingredient));
                    }
                    if (!limit.weight().isOpen()) {
                        continue;
                    }
                }
                if (patient.weightKg() != null && !limit.weight().contains(patient.weightKg())) {
                    continue;
                }
                checkSingle(patient, proposed, ingredient, dose.getValue(), limit, alerts);
                checkDaily(patient, others, proposed, ingredient, limit, alerts);
            }
        }
    }

    private static void checkSingle(PatientState patient, OrderLine proposed, String ingredient, Quantity dose,
                                    CheckRules.DoseLimit limit, List<Alert> alerts) {
        Quantity max = lower(limit.singleMax(), perKg(limit.singleMaxPerKg(), patient));
        if (max == null || !dose.convertibleTo(max.unit()) || dose.compareTo(max) <= 0) {
            return;
        }
        AlertCategory category = category(limit, AlertCategory.DOSE_SINGLE);
        alerts.add(Alert.of(category, severity(dose, max), "A single dose of " + dose.display() + " " + ingredient + " ("
                + proposed.describe() + ") is above the maximum of " + max.display() + basis(limit, patient) + ".",
                limit.rule(), ingredient + ":single"));
    }

    private static void checkDaily(PatientState patient, List<OrderLine> others, OrderLine proposed, String ingredient,
                                   CheckRules.DoseLimit limit, List<Alert> alerts) {
        Quantity max = lower(limit.dailyMax(), perKg(limit.dailyMaxPerKg(), patient));
        if (max == null) {
            return;
        }
        Quantity total = new Quantity(BigDecimal.ZERO, max.unit());
        List<String> parts = new ArrayList<>();
        for (OrderLine order : Stream.concat(others.stream(), Stream.of(proposed)).toList()) {
            if (!order.product().contains(ingredient) || !limit.routes().contains(order.route())) {
                continue;
            }
            if (order.dosesIn24Hours().isEmpty()) {
                alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING, order.describe() + " has no maximum in 24 hours,"
                        + " so the daily total of " + ingredient + " cannot be checked.", NO_PRN_LIMIT, String.valueOf(order.reference())));
                continue;
            }
            Optional<Quantity> amount = order.dailyAmountOf(ingredient);
            if (amount.isEmpty() || !amount.get().convertibleTo(max.unit())) {
                continue;
            }
            Quantity daily = amount.get();
            total = total.plus(daily);
            parts.add(order.describe() + ": " + daily.display());
        }
        if (total.compareTo(max) <= 0) {
            return;
        }
        String across = parts.size() > 1 ? " from all orders (" + String.join("; ", parts) + ")" : "";
        alerts.add(Alert.of(category(limit, AlertCategory.DOSE_DAILY), severity(total, max), "The 24-hour total of " + ingredient
                + " would be " + total.display() + across + ", above the maximum of " + max.display() + " in 24 hours"
                + basis(limit, patient) + ".", limit.rule(), ingredient + ":daily"));
    }

    private static AlertCategory category(CheckRules.DoseLimit limit, AlertCategory dose) {
        return switch (limit.kind()) {
            case DOSE -> dose;
            case WEIGHT -> AlertCategory.WEIGHT;
            case AGE -> AlertCategory.AGE;
        };
    }

    private static Severity severity(Quantity amount, Quantity max) {
        return amount.compareTo(max.times(TENFOLD)) >= 0 ? Severity.HARD_STOP : Severity.SEVERE;
    }

    private static Quantity perKg(Quantity perKg, PatientState patient) {
        return perKg == null || patient.weightKg() == null ? null : perKg.times(patient.weightKg());
    }

    private static Quantity lower(Quantity a, Quantity b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String basis(CheckRules.DoseLimit limit, PatientState patient) {
        List<String> why = new ArrayList<>();
        if (limit.singleMaxPerKg() != null || limit.dailyMaxPerKg() != null) {
            why.add("for " + patient.weightKg().stripTrailingZeros().toPlainString() + " kg");
        } else if (!limit.weight().isOpen()) {
            why.add("at " + patient.weightKg().stripTrailingZeros().toPlainString() + " kg");
        }
        if (!limit.age().isOpen()) {
            why.add("at age " + patient.ageYears().setScale(0, java.math.RoundingMode.DOWN).toPlainString());
        }
        String routes = limit.routes().stream().map(r -> r.words()).sorted().collect(Collectors.joining("/"));
        return " (" + routes + (why.isEmpty() ? "" : ", " + String.join(", ", why)) + ")";
    }
}
