package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.wording.Wording;

/**
 * Single, 24-hour and weekly doses against the dose limits for the route, population, age and weight. Each limit
 * has a soft tier (SEVERE: override with a reason) and a hard tier (HARD_STOP). Totals are summed by ingredient
 * over every order of the patient by the limit's routes, combination products included, as-needed orders at their
 * stated maximum. When no limit applies to an ingredient, the prescriber is told that no dose-range check exists.
 */
final class DoseChecks implements OrderChecks.OrderCheck {

    /** The structured reason that overrides a limit written for opioid-naive patients. */
    static final String OPIOID_TOLERANT = "Opioid-tolerant patient";

    private static final RuleSource NO_WEIGHT = RuleSource.builtIn("weight-missing", "CLINICAL.md: MISSING_DATA");
    private static final RuleSource NO_HEIGHT = RuleSource.builtIn("height-missing", "CLINICAL.md: MISSING_DATA");
    private static final RuleSource NO_PRN_LIMIT = RuleSource.builtIn("prn-limit-missing", "CLINICAL.md: MISSING_DATA");
    private static final RuleSource UNIT_MISMATCH = RuleSource.builtIn("dose-unit-not-comparable", "CLINICAL.md: MISSING_DATA");
    private static final RuleSource NO_LIMIT = RuleSource.builtIn("no-dose-limit",
            "CLINICAL.md: a check is never silently absent (no dose limit in config/formulary/dose-limits.csv)");

    private enum Period {
        // NONE: a single dose, which is over no period
        NONE("", "single"), DAY("24 hours", "daily"), WEEK("7 days", "weekly");

        final String words;
        final String key;

        Period(String words, String key) {
            this.words = words;
            this.key = key;
        }

        Wording wording() {
            return this == WEEK ? AlertSentence.WEEK.with() : AlertSentence.DAY.with();
        }
    }

    private final CheckRules rules;

    DoseChecks(CheckRules rules) {
        this.rules = rules;
    }

    @Override
    public void check(PatientState patient, List<OrderLine> others, OrderLine proposed, List<Alert> alerts) {
        Optional<Map<String, Quantity>> perDose = proposed.ingredientsPerDose();
        if (perDose.isEmpty()) {
            // the order form refuses such a unit before the checks; an order that reaches them anyway is not passed silently
            alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING,
                    AlertSentence.DOSE_UNIT_NOT_A_MEASURE.with(proposed.dose().unit().symbol(), proposed.product().name()),
                    "A dose in " + proposed.dose().unit().symbol()
                    + " is not a measure of " + proposed.product().name() + ", so its dose cannot be checked.", UNIT_MISMATCH,
                    proposed.product().code()));
            return;
        }
        BodySize body = new BodySize(patient);
        Set<String> noted = new HashSet<>();
        for (Map.Entry<String, Quantity> dose : perDose.get().entrySet()) {
            String ingredient = dose.getKey();
            boolean checked = false;
            for (CheckRules.DoseLimit limit : rules.doseLimits(ingredient)) {
                if (!limit.appliesTo(proposed.product(), proposed.route(), patient.ageYears())) {
                    continue;
                }
                if (limit.needsWeight() && patient.weightKg() == null) {
                    if (noted.add("weight:" + ingredient)) {
                        alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING, AlertSentence.NO_WEIGHT.with(ingredient),
                                "No weight is recorded, so the "
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
                checked |= limit.hasMaximum();
                if (!dose.getValue().convertibleTo(limit.unit())) {
                    alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING, AlertSentence.LIMIT_IN_OTHER_UNIT.with(
                            dose.getValue().display(), ingredient, limit.unit().symbol(), limit.rule().source()),
                            "A dose of " + dose.getValue().display() + " "
                            + ingredient + " cannot be compared with its dose limits, which are in " + limit.unit().symbol()
                            + ": check the dose against " + limit.rule().source() + " yourself.", UNIT_MISMATCH, ingredient));
                    continue;
                }
                if (limit.needsHeight() && patient.heightCm() == null && noted.add("height:" + ingredient)) {
                    alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING, limit.singlePerM2().isEmpty()
                            ? AlertSentence.NO_HEIGHT_FOR_WEIGHT.with(ingredient, limit.weightBasis().words())
                            : AlertSentence.NO_HEIGHT_FOR_SURFACE_AREA.with(ingredient), "No height is recorded, so the dose limits of "
                            + ingredient + " by " + (limit.singlePerM2().isEmpty() ? limit.weightBasis().words() + " body weight"
                            : "body surface area") + " cannot be checked fully. Record the patient's height.", NO_HEIGHT, ingredient));
                }
                Basis basis = Basis.of(limit, patient, body);
                checkSingle(proposed, ingredient, dose.getValue(), limit, basis, alerts);
                checkTotal(Period.DAY, others, proposed, ingredient, limit, basis, alerts);
                checkTotal(Period.WEEK, others, proposed, ingredient, limit, basis, alerts);
            }
            if (!checked) {
                noLimit(patient, proposed, ingredient, alerts);
            }
        }
    }

    private static void checkSingle(OrderLine proposed, String ingredient, Quantity dose, CheckRules.DoseLimit limit, Basis basis,
                                    List<Alert> alerts) {
        Threshold threshold = Threshold.of(limit.unit(), limit.single(), limit.singlePerKg(), basis.kg, limit.singlePerM2(), basis.m2);
        // a range is judged by its top, and the sentence says so: the prescriber sees a dose they did not type
        boolean range = proposed.dose().isRange();
        String subject = "A single dose of " + dose.display() + " " + ingredient + (range ? ", the top of the dose range" : "")
                + " (" + proposed.describe() + ")";
        Wording subjectWording = (range ? AlertSentence.SINGLE_DOSE_RANGE_TOP : AlertSentence.SINGLE_DOSE)
                .with(dose.wording(), ingredient, proposed.description());
        threshold.judge(dose).ifPresent(severity -> alerts.add(alert(category(limit, AlertCategory.DOSE_SINGLE), severity,
                new Subject(subject, subjectWording), dose, threshold, Period.NONE, limit, basis, ingredient + ":single")));
        if (limit.singleMin() != null && dose.compareTo(new Quantity(limit.singleMin(), limit.unit())) < 0) {
            String minimum = new Quantity(limit.singleMin(), limit.unit()).display();
            alerts.add(Alert.of(AlertCategory.DOSE_SINGLE, Severity.WARNING,
                    AlertSentence.BELOW_MINIMUM.with(subjectWording, minimum, basis.words(limit)),
                    subject + " is below the usual minimum of " + minimum + basis.words(limit) + ".", limit.rule(),
                    ingredient + ":minimum"));
        }
    }

    private static void checkTotal(Period period, List<OrderLine> others, OrderLine proposed, String ingredient,
                                   CheckRules.DoseLimit limit, Basis basis, List<Alert> alerts) {
        Threshold threshold = period == Period.DAY
                ? Threshold.of(limit.unit(), limit.daily(), limit.dailyPerKg(), basis.kg, CheckRules.Tiers.NONE, null)
                : Threshold.of(limit.unit(), limit.weekly(), CheckRules.Tiers.NONE, null, CheckRules.Tiers.NONE, null);
        if (threshold.isEmpty()) {
            return;
        }
        Quantity total = new Quantity(BigDecimal.ZERO, limit.unit());
        List<String> parts = new ArrayList<>();
        for (OrderLine order : Stream.concat(others.stream(), Stream.of(proposed)).toList()) {
            if (!order.product().contains(ingredient) || !limit.routes().contains(order.route()) || !limit.isFor(order.product())) {
                continue;
            }
            if (order.dosesIn24Hours().isEmpty()) {
                alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING, AlertSentence.NO_PRN_MAXIMUM.with(order.description(), ingredient),
                        order.describe() + " has no maximum in 24 hours,"
                        + " so the total of " + ingredient + " cannot be checked.", NO_PRN_LIMIT, String.valueOf(order.reference())));
                continue;
            }
            Optional<Quantity> amount = period == Period.DAY ? order.dailyAmountOf(ingredient) : order.weeklyAmountOf(ingredient);
            if (amount.isEmpty()) {
                continue;
            }
            if (!amount.get().convertibleTo(limit.unit())) {
                alerts.add(Alert.of(AlertCategory.MISSING_DATA, Severity.WARNING,
                        AlertSentence.TOTAL_IN_OTHER_UNIT.with(ingredient, order.description(), limit.unit().symbol()),
                        "The " + ingredient + " in " + order.describe()
                        + " cannot be added to the total, whose limit is in " + limit.unit().symbol() + ".", UNIT_MISMATCH,
                        String.valueOf(order.reference())));
                continue;
            }
            total = total.plus(amount.get());
            parts.add(order.describe() + ": " + amount.get().display());
        }
        Quantity sum = total;
        String orders = String.join("; ", parts);
        String across = parts.size() > 1 ? " from all orders (" + orders + ")" : "";
        Subject subject = new Subject("The total of " + ingredient + " in " + period.words + " would be " + sum.display() + across
                + ", which", AlertSentence.TOTAL_DOSE.with(ingredient, period.wording(), sum.wording(),
                parts.size() > 1 ? AlertSentence.FROM_ALL_ORDERS.with(orders) : ""));
        // a weekly total is the daily-dose check over a week: CLINICAL.md has no category of its own for it
        AlertCategory category = category(limit, AlertCategory.DOSE_DAILY);
        threshold.judge(sum).ifPresent(severity -> alerts.add(alert(category, severity, subject, sum, threshold, period, limit, basis,
                ingredient + ":" + period.key)));
    }

    /** What a dose alert is about, in English and as a message key: one dose, or a total over a period. */
    private record Subject(String english, Wording wording) {
    }

    private static Alert alert(AlertCategory category, Severity severity, Subject about, Quantity amount, Threshold threshold,
                               Period period, CheckRules.DoseLimit limit, Basis basis, String key) {
        String subject = about.english();
        String per = period == Period.NONE ? "" : " in " + period.words;
        Object perWording = period == Period.NONE ? "" : AlertSentence.PER_PERIOD.with(period.wording());
        String basisWords = basis.words(limit);
        boolean naive = limit.population() == Population.OPIOID_NAIVE;
        // ten times an opioid-naive maximum is the classic slip, not a tolerant patient's dose: no one-press reason for it
        boolean naiveSlip = naive && threshold.soft != null && amount.compareTo(threshold.soft.times(BigDecimal.TEN)) >= 0;
        String message;
        AlertSentence sentence;
        Quantity shown = threshold.soft;
        if (severity == Severity.HARD_STOP && threshold.hardIsTenfold) {
            sentence = AlertSentence.TENFOLD;
            message = subject + " is ten times the maximum of " + shown.display() + per + basisWords
                    + " or more: a slip of the decimal point or unit that cannot be prescribed.";
        } else if (severity == Severity.HARD_STOP) {
            sentence = AlertSentence.ABOVE_HARD_LIMIT;
            shown = threshold.hard;
            message = subject + " is above the hard limit of " + shown.display() + per + basisWords
                    + ": it cannot be prescribed.";
        } else if (naiveSlip) {
            sentence = AlertSentence.TENFOLD_OPIOID_NAIVE;
            message = subject + " is ten times the usual maximum of " + shown.display() + per + " for a patient who"
                    + " is not opioid-tolerant" + basisWords + " or more, beyond what tolerance usually explains: check"
                    + " it is not a slip of the decimal point or unit.";
        } else if (naive) {
            sentence = AlertSentence.ABOVE_OPIOID_NAIVE_MAXIMUM;
            message = subject + " is above the usual maximum of " + shown.display() + per + " for a patient who is not "
                    + "opioid-tolerant" + basisWords + ". If the patient is opioid-tolerant, give that as the reason.";
        } else {
            sentence = AlertSentence.ABOVE_MAXIMUM;
            message = subject + " is above the maximum of " + shown.display() + per + basisWords + ".";
        }
        Alert alert = Alert.of(category, severity, sentence.with(about.wording(), shown.wording(), perWording, basisWords), message,
                limit.rule(), key);
        return naive && !naiveSlip && severity == Severity.SEVERE ? alert.withOverrideReason(OPIOID_TOLERANT) : alert;
    }

    private void noLimit(PatientState patient, OrderLine proposed, String ingredient, List<Alert> alerts) {
        Optional<CheckRules.DoseLimitGap> gap = rules.doseLimitGaps(ingredient).stream()
                .filter(g -> g.routes().contains(proposed.route())).findFirst();
        boolean forRoute = rules.doseLimits(ingredient).stream().anyMatch(l -> l.routes().contains(proposed.route()));
        String who = forRoute ? " for a patient of this age" + (patient.weightKg() == null ? "" : " and weight") : "";
        Object whoWording = !forRoute ? "" : patient.weightKg() == null ? AlertSentence.FOR_THIS_AGE.with()
                : AlertSentence.FOR_THIS_AGE_AND_WEIGHT.with();
        String why = gap.map(CheckRules.DoseLimitGap::reason).orElse("no dose limit is recorded for it in the rule data.");
        Object whyWording = gap.<Object>map(CheckRules.DoseLimitGap::reason).orElseGet(AlertSentence.NO_LIMIT_IN_DATA::with);
        alerts.add(Alert.of(AlertCategory.DOSE_SINGLE, Severity.INFO,
                AlertSentence.NO_DOSE_CHECK.with(ingredient, proposed.route().term(), whoWording, whyWording), "No dose-range check exists for " + ingredient + " by the "
                + proposed.route().words() + " route" + who + ": " + why + " Check the dose yourself.",
                gap.map(CheckRules.DoseLimitGap::rule).orElse(NO_LIMIT), ingredient + ":no-limit"));
    }

    private static AlertCategory category(CheckRules.DoseLimit limit, AlertCategory dose) {
        return switch (limit.kind()) {
            case DOSE -> dose;
            case WEIGHT -> AlertCategory.WEIGHT;
            case AGE -> AlertCategory.AGE;
        };
    }

    /** The weight and body surface area a limit is scaled by, and how to say so. */
    private record Basis(BigDecimal kg, BigDecimal m2, String weightWords) {

        static Basis of(CheckRules.DoseLimit limit, PatientState patient, BodySize body) {
            BigDecimal kg = null;
            String words = null;
            if (!limit.singlePerKg().isEmpty() || !limit.dailyPerKg().isEmpty()) {
                Optional<BigDecimal> weight = body.weight(limit.weightBasis());
                if (weight.isPresent()) {
                    kg = weight.get();
                    words = limit.weightBasis() == WeightBasis.ACTUAL ? "for " + kg(kg)
                            : "for " + kg(kg) + " " + limit.weightBasis().words() + " body weight";
                } else if (patient.weightKg() != null) {
                    kg = patient.weightKg();
                    words = "for " + kg(kg) + " actual body weight, as no height is recorded for " + limit.weightBasis().words()
                            + " body weight";
                }
            } else if (!limit.weight().isOpen() && patient.weightKg() != null) {
                words = "at " + kg(patient.weightKg());
            }
            return new Basis(kg, body.surfaceArea().filter(a -> !limit.singlePerM2().isEmpty()).orElse(null), words);
        }

        String words(CheckRules.DoseLimit limit) {
            List<String> why = new ArrayList<>();
            if (weightWords != null) {
                why.add(weightWords);
            }
            if (m2 != null) {
                why.add("for " + m2.setScale(2, RoundingMode.HALF_UP).toPlainString() + " m²");
            }
            if (!limit.age().isOpen()) {
                why.add("at age " + limitAge(limit));
            }
            String routes = limit.routes().stream().map(r -> r.words()).sorted().collect(Collectors.joining("/"));
            return " (" + routes + (why.isEmpty() ? "" : ", " + String.join(", ", why)) + ")";
        }

        private static String limitAge(CheckRules.DoseLimit limit) {
            Range age = limit.age();
            if (age.below() == null) {
                return age.from().stripTrailingZeros().toPlainString() + " or over";
            }
            if (age.from() == null) {
                return "under " + age.below().stripTrailingZeros().toPlainString();
            }
            return age.from().stripTrailingZeros().toPlainString() + " to under " + age.below().stripTrailingZeros().toPlainString();
        }

        private static String kg(BigDecimal kg) {
            return kg.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " kg";
        }
    }

    /**
     * The soft and hard limits of one dimension (a dose, a day, a week) for this patient: the smallest of the
     * absolute, per-kg and per-m² limits of each tier.
     */
    private record Threshold(Quantity soft, Quantity hard, boolean hardIsTenfold) {

        static Threshold of(Unit unit, CheckRules.Tiers absolute, CheckRules.Tiers perKg, BigDecimal kg, CheckRules.Tiers perM2,
                            BigDecimal m2) {
            BigDecimal soft = min(absolute.soft(), scaled(perKg.soft(), kg), scaled(perM2.soft(), m2));
            Threshold hard = lowerHard(lowerHard(new Threshold(null, absolute.hard() == null ? null
                    : new Quantity(absolute.hard(), unit), absolute.tenfold()), scaled(perKg.hard(), kg), perKg.tenfold(), unit),
                    scaled(perM2.hard(), m2), perM2.tenfold(), unit);
            return new Threshold(soft == null ? null : new Quantity(soft, unit), hard.hard, hard.hardIsTenfold && soft != null);
        }

        private static Threshold lowerHard(Threshold current, BigDecimal candidate, boolean tenfold, Unit unit) {
            if (candidate == null || (current.hard != null && candidate.compareTo(current.hard.amount()) >= 0)) {
                return current;
            }
            return new Threshold(null, new Quantity(candidate, unit), tenfold);
        }

        boolean isEmpty() {
            return soft == null && hard == null;
        }

        /** HARD_STOP above the hard limit (at ten times the soft one or more, for a derived one), SEVERE above the soft one. */
        Optional<Severity> judge(Quantity amount) {
            if (hard != null && (hardIsTenfold ? amount.compareTo(hard) >= 0 : amount.compareTo(hard) > 0)) {
                return Optional.of(Severity.HARD_STOP);
            }
            if (soft != null && amount.compareTo(soft) > 0) {
                return Optional.of(Severity.SEVERE);
            }
            return Optional.empty();
        }

        private static BigDecimal scaled(BigDecimal perUnit, BigDecimal by) {
            return perUnit == null || by == null ? null : perUnit.multiply(by);
        }

        private static BigDecimal min(BigDecimal... values) {
            BigDecimal least = null;
            for (BigDecimal v : values) {
                if (v != null && (least == null || v.compareTo(least) < 0)) {
                    least = v;
                }
            }
            return least;
        }
    }
}
