package org.epma.prescribing.infusion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.epma.prescribing.checks.Alert;
import org.epma.prescribing.checks.AlertCategory;
import org.epma.prescribing.checks.Severity;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.wording.Wording;

/**
 * The checks an infusion needs beyond those of any order: each ingredient's dose rate against its soft (SEVERE) and hard
 * (HARD_STOP) limits, or an INFO that no dose-rate check exists for it; its concentration per litre, on a peripheral line
 * where the limit is for one; the drug it gives in 24 hours; and the IV fluid volume of all the patient's infusions in 24
 * hours, per kg against routine maintenance. Dose-rate and concentration alerts use the DOSE_SINGLE category, daily
 * totals DOSE_DAILY, so the signing rules, the pharmacist's screen and the stored alerts treat them as any dose alert.
 */
public final class InfusionChecks {

    private static final String GLUCOSE = "glucose";
    private static final String DAILY_RULE = "infusion: 24-hour total at the prescribed rate";

    private InfusionChecks() {
    }

    /**
     * @param weightKg        the patient's latest weight; null when none is recorded
     * @param otherFluidMl24h the mL in 24 hours of the patient's other current infusions
     */
    public static List<Alert> check(InfusionOrder order, BigDecimal weightKg, BigDecimal otherFluidMl24h, InfusionLimits limits) {
        List<Alert> alerts = new ArrayList<>();
        boolean runsAtARate = order.kind() != InfusionKind.INTERMITTENT;
        for (Map.Entry<String, Quantity> perHour : order.ingredientsPerHour().entrySet()) {
            String ingredient = perHour.getKey();
            if (runsAtARate) {
                doseRate(ingredient, perHour.getValue(), weightKg, limits, alerts);
            }
            concentration(ingredient, order.ingredientsPerLitre().get(ingredient), order.peripheral(), limits, alerts);
        }
        if (order.kind() == InfusionKind.CONTINUOUS) {
            order.ingredientsIn24Hours().forEach((ingredient, amount) -> alerts.add(alert(AlertCategory.DOSE_DAILY, Severity.INFO,
                    InfusionSentence.DAILY_DRUG.with(ingredient, amount.wording()),
                    "At this rate the infusion gives " + amount.display() + " of " + ingredient + " in 24 hours.",
                    DAILY_RULE, "the order's rate and bag", "daily-drug:" + ingredient)));
        }
        dailyFluid(order.mlIn24Hours().add(otherFluidMl24h), weightKg, limits, alerts);
        return alerts;
    }

    private static void doseRate(String ingredient, Quantity perHour, BigDecimal weightKg, InfusionLimits limits, List<Alert> alerts) {
        List<InfusionLimits.Limit> rows = limits.of(ingredient, InfusionLimits.Kind.DOSE_RATE);
        if (rows.isEmpty()) {
            alerts.add(alert(AlertCategory.DOSE_SINGLE, Severity.INFO, InfusionSentence.NO_DOSE_RATE_CHECK.with(ingredient),
                    "No dose-rate check exists for " + ingredient + ": check the rate against the monograph.",
                    "infusion-limits.csv", "no row for this ingredient", "no-dose-rate:" + ingredient));
            return;
        }
        for (InfusionLimits.Limit row : rows) {
            DoseRateUnit unit = row.rateUnit();
            if (!perHour.convertibleTo(unit.amountUnit())) {
                alerts.add(alert(AlertCategory.MISSING_DATA, Severity.WARNING, InfusionSentence.NO_DOSE_RATE_CHECK.with(ingredient),
                        "No dose-rate check exists for " + ingredient + " in " + perHour.unit().symbol() + ".", row.rule(), row.source(),
                        "dose-rate-unit:" + ingredient));
                continue;
            }
            BigDecimal rate = perHour.to(unit.amountUnit()).amount().divide(unit.timeBase().perHour(), MathContext.DECIMAL64);
            if (unit.perKg()) {
                if (weightKg == null || weightKg.signum() <= 0) {
                    alerts.add(alert(AlertCategory.MISSING_DATA, Severity.WARNING, InfusionSentence.NO_DOSE_RATE_CHECK.with(ingredient),
                            "The dose rate of " + ingredient + " cannot be checked per kg without the patient's weight.", row.rule(),
                            row.source(), "dose-rate-weight:" + ingredient));
                    continue;
                }
                rate = rate.divide(weightKg, MathContext.DECIMAL64);
            }
            String shown = InfusionRates.readable(rate).toPlainString() + " " + unit.words();
            if (row.hard() != null && rate.compareTo(row.hard()) > 0) {
                String limit = plain(row.hard()) + " " + unit.words();
                alerts.add(alert(AlertCategory.DOSE_SINGLE, Severity.HARD_STOP, InfusionSentence.DOSE_RATE_ABOVE_HARD.with(ingredient, shown, limit),
                        "The dose rate of " + ingredient + " (" + shown + ") is above the hard limit of " + limit + ".",
                        row.rule(), row.source(), "dose-rate-hard:" + ingredient));
            } else if (rate.compareTo(row.soft()) > 0) {
                String limit = plain(row.soft()) + " " + unit.words();
                alerts.add(alert(AlertCategory.DOSE_SINGLE, Severity.SEVERE, InfusionSentence.DOSE_RATE_ABOVE.with(ingredient, shown, limit),
                        "The dose rate of " + ingredient + " (" + shown + ") is above the usual maximum of " + limit + ".",
                        row.rule(), row.source(), "dose-rate:" + ingredient));
            }
        }
    }

    private static void concentration(String ingredient, Quantity perLitre, boolean peripheral, InfusionLimits limits, List<Alert> alerts) {
        for (InfusionLimits.Limit row : limits.of(ingredient, InfusionLimits.Kind.CONCENTRATION)) {
            if (row.line() == InfusionLimits.Line.PERIPHERAL && !peripheral || !perLitre.convertibleTo(row.amountUnit())) {
                continue;
            }
            BigDecimal value = perLitre.to(row.amountUnit()).amount();
            String shown = InfusionRates.readable(value).toPlainString() + " " + row.amountUnit().symbol() + "/L";
            boolean hard = row.hard() != null && value.compareTo(row.hard()) > 0;
            if (hard || value.compareTo(row.soft()) > 0) {
                String limit = plain(hard ? row.hard() : row.soft()) + " " + row.amountUnit().symbol() + "/L";
                String where = row.line() == InfusionLimits.Line.PERIPHERAL ? " on a peripheral line" : "";
                alerts.add(alert(AlertCategory.DOSE_SINGLE, hard ? Severity.HARD_STOP : Severity.SEVERE,
                        InfusionSentence.CONCENTRATION_ABOVE.with(ingredient, shown, limit),
                        "The concentration of " + ingredient + " (" + shown + ") is above " + limit + where + ".",
                        row.rule(), row.source(), "concentration:" + ingredient + ":" + row.line()));
            }
        }
    }

    private static void dailyFluid(BigDecimal ml, BigDecimal weightKg, InfusionLimits limits, List<Alert> alerts) {
        String volume = plain(ml.setScale(0, RoundingMode.HALF_UP)) + " mL";
        List<InfusionLimits.Limit> rows = limits.of(InfusionLimits.ALL_FLUID, InfusionLimits.Kind.DAILY_FLUID_PER_KG);
        if (weightKg == null || weightKg.signum() <= 0) {
            alerts.add(alert(AlertCategory.MISSING_DATA, rows.isEmpty() ? Severity.INFO : Severity.WARNING,
                    InfusionSentence.DAILY_FLUID_NO_WEIGHT.with(volume),
                    "The infusions give " + volume + " of IV fluid in 24 hours; without a weight it cannot be judged per kg.",
                    rows.isEmpty() ? DAILY_RULE : rows.get(0).rule(), rows.isEmpty() ? null : rows.get(0).source(), "daily-fluid-weight"));
            return;
        }
        BigDecimal perKg = ml.divide(weightKg, 1, RoundingMode.HALF_UP);
        for (InfusionLimits.Limit row : rows) {
            if (perKg.compareTo(row.soft()) > 0) {
                String limit = plain(row.soft()) + " mL/kg/day";
                alerts.add(alert(AlertCategory.DOSE_DAILY, Severity.WARNING,
                        InfusionSentence.DAILY_FLUID_ABOVE.with(volume, plain(perKg), limit),
                        "The infusions give " + volume + " of IV fluid in 24 hours (" + plain(perKg) + " mL/kg), more than routine"
                        + " maintenance (" + limit + "): check it is meant for replacement or resuscitation.",
                        row.rule(), row.source(), "daily-fluid"));
                return;
            }
        }
        alerts.add(alert(AlertCategory.DOSE_DAILY, Severity.INFO, InfusionSentence.DAILY_FLUID.with(volume),
                "The infusions give " + volume + " of IV fluid in 24 hours (" + plain(perKg) + " mL/kg).", DAILY_RULE, null, "daily-fluid"));
    }

    /**
     * A VRIII with no glucose-containing fluid among what the patient's other orders give ({@code alongside}: their products
     * and the diluents their infusions are made up in). JBDS-IP has a substantive fluid containing glucose run alongside a
     * VRIII, so that the insulin does not drive the glucose down in a patient who is not eating; which fluid, and whether the
     * patient eats enough not to need one, is the prescriber's judgement, so this is a warning to acknowledge, not a stop.
     */
    public static Optional<Alert> substantiveFluid(InfusionOrder order, List<Product> alongside) {
        if (order.vriii() == null || alongside.stream().anyMatch(p -> p.contains(GLUCOSE))) {
            return Optional.empty();
        }
        return Optional.of(alert(AlertCategory.MISSING_DATA, Severity.WARNING, InfusionSentence.VRIII_NO_FLUID.with(),
                "No fluid containing glucose is prescribed beside this VRIII: JBDS-IP has a substantive fluid run alongside a VRIII "
                + "for a patient who is not eating and drinking normally.", "VRIII: a substantive fluid alongside",
                "JBDS-IP, The use of variable rate intravenous insulin infusion (VRIII) in medical inpatients (2014)", "vriii-fluid"));
    }

    private static Alert alert(AlertCategory category, Severity severity, Wording wording, String message, String rule, String source,
                               String subject) {
        return new Alert(category, severity, message, rule, source, category + ":infusion:" + subject, null, wording);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
