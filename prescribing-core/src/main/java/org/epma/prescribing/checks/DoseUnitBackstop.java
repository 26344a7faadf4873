package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;

/**
 * Two checks that need no rule row, so that a slip is caught for a medicine without dose limits too: a dose that
 * would take an implausible number of tablets, capsules, ampoules or vials for one administration, and a dose that
 * is the product's strength times 1,000 (mg written for micrograms) or divided by 1,000 (the reverse).
 */
final class DoseUnitBackstop implements OrderChecks.OrderCheck {

    /** More dose units than this for one administration is SEVERE; more than {@link #HARD_COUNT} is HARD_STOP. */
    static final int MOST_SOLID_UNITS = 20;
    static final int MOST_INJECTION_UNITS = 10;
    static final int HARD_COUNT = 50;

    private static final BigDecimal THOUSAND = new BigDecimal("1000");
    private static final BigDecimal QUARTERS = new BigDecimal("4");
    private static final RuleSource COUNT = RuleSource.builtIn("dose-unit-count", "ePMA plausibility rule (config/formulary/"
            + "README.md, Dose limits): no public source sets the number, so it is set above the most dose units any shipped "
            + "order sentence or dose limit needs (12 prednisolone 5 mg tablets, 10 methotrexate 2.5 mg tablets)");
    private static final RuleSource THOUSANDFOLD = RuleSource.builtIn("thousandfold-unit-slip", "ISMP List of Error-Prone "
            + "Abbreviations, Symbols, and Dose Designations (2021): micrograms and mg confused, a 1,000-fold error; "
            + "NHS and BNF prescription writing: 'micrograms' written in full");

    @Override
    public void check(PatientState patient, List<OrderLine> others, OrderLine proposed, List<Alert> alerts) {
        Product product = proposed.product();
        Quantity dose = proposed.dose().highest();
        count(proposed, product, dose).ifPresent(alerts::add);
        thousandfold(proposed, product, dose).ifPresent(alerts::add);
    }

    private static Optional<Alert> count(OrderLine proposed, Product product, Quantity dose) {
        boolean injection = product.form() == Form.INJECTION;
        boolean solid = product.per().unit().isCountOfForm() && !product.releasesPerHour();
        Optional<Quantity> amount = product.amountFor(dose);
        if (!(injection || solid) || amount.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal units = amount.get().ratioTo(product.per());
        int most = injection ? MOST_INJECTION_UNITS : MOST_SOLID_UNITS;
        if (units.compareTo(BigDecimal.valueOf(most)) <= 0) {
            return Optional.empty();
        }
        Severity severity = units.compareTo(BigDecimal.valueOf(HARD_COUNT)) > 0 ? Severity.HARD_STOP : Severity.SEVERE;
        String what = injection && !product.per().unit().isCountOfForm() ? product.per().display() + " measures" : "dose units";
        String count = units.round(new MathContext(3)).stripTrailingZeros().toPlainString();
        AlertSentence sentence = severity == Severity.HARD_STOP ? AlertSentence.IMPLAUSIBLE_COUNT_HARD : AlertSentence.IMPLAUSIBLE_COUNT;
        return Optional.of(Alert.of(AlertCategory.DOSE_SINGLE, severity,
                sentence.with(proposed.dose().wording(), proposed.description(), count, what, product.name(), most),
                "One dose of " + proposed.dose().display() + " ("
                + proposed.describe() + ") would take " + count
                + " " + what + " of " + product.name() + ": more than " + most + " for one administration is not a plausible dose."
                + (severity == Severity.HARD_STOP ? " It cannot be prescribed." : " Check the dose and its unit."),
                COUNT, product.code()));
    }

    private static Optional<Alert> thousandfold(OrderLine proposed, Product product, Quantity dose) {
        if (product.isCombination() || product.releasesPerHour()) {
            return Optional.empty();
        }
        Ingredient ingredient = product.ingredients().get(0);
        if (!dose.convertibleTo(ingredient.strength().unit()) || dose.convertibleTo(product.per().unit())) {
            return Optional.empty(); // a count of the product ("2 tablets") cannot slip by a unit of mass
        }
        BigDecimal ratio = dose.ratioTo(ingredient.strength());
        String strength = ingredient.strength().display() + " per " + product.per().display();
        if (plausibleUnits(ratio.divide(THOUSAND, MathContext.DECIMAL64), BigDecimal.TEN)) {
            return Optional.of(Alert.of(AlertCategory.DOSE_SINGLE, Severity.HARD_STOP,
                    AlertSentence.THOUSAND_TIMES.with(dose.wording(), ingredient.name(), product.name(), strength), "A dose of " + dose.display() + " "
                    + ingredient.name() + " is a thousand times a usual dose of " + product.name() + " (" + strength
                    + "): mg written for micrograms? It cannot be prescribed.", THOUSANDFOLD, ingredient.name() + ":x1000"));
        }
        if (plausibleUnits(ratio.multiply(THOUSAND), QUARTERS)) {
            return Optional.of(Alert.of(AlertCategory.DOSE_SINGLE, Severity.SEVERE,
                    AlertSentence.THOUSANDTH.with(dose.wording(), ingredient.name(), product.name(), strength), "A dose of " + dose.display() + " "
                    + ingredient.name() + " is a thousandth of a usual dose of " + product.name() + " (" + strength
                    + "): micrograms written for mg?", THOUSANDFOLD, ingredient.name() + ":x0.001"));
        }
        return Optional.empty();
    }

    /** A whole number of quarter dose units from one quarter up to {@code most}. */
    private static boolean plausibleUnits(BigDecimal units, BigDecimal most) {
        BigDecimal quarters = units.multiply(QUARTERS);
        return units.compareTo(new BigDecimal("0.25")) >= 0 && units.compareTo(most) <= 0
                && quarters.stripTrailingZeros().scale() <= 0;
    }
}
