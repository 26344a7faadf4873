package org.epma.prescribing.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.insulin.CorrectionScale;
import org.epma.prescribing.insulin.InsulinSentence;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.RefusalSentence;
import org.epma.prescribing.refusal.Text;

/**
 * Turns an order as written into a {@link ValidOrder}, or refuses it naming the field: an unknown medicine,
 * a unit or route the product does not have, a zero, negative or implausible dose, an end before the start,
 * an as-needed order without its limits, an antimicrobial without its indication.
 */
public final class OrderValidation {

    /** Antimicrobial ATC groups: antibacterials, antimycotics, antimycobacterials, antivirals, nitroimidazoles. */
    private static final Set<String> ANTIMICROBIAL_ATC = Set.of("J01", "J02", "J04", "J05", "P01AB");
    /** Start of the review of an antimicrobial: 72 hours (Start Smart then Focus, UKHSA 2023). */
    public static final Duration ANTIMICROBIAL_REVIEW = Duration.ofHours(72);
    /** No dose of anything is a million of its unit: such a number is a slip of the keyboard, not a dose. */
    private static final BigDecimal IMPLAUSIBLE = new BigDecimal("1000000");
    /** The longest gap between as-needed doses an order may set: a week (the column holds up to 9,999.99 hours). */
    static final BigDecimal LONGEST_PRN_INTERVAL_HOURS = new BigDecimal("168");
    /** More as-needed doses in a day than this is not a limit at all. */
    static final int MOST_PRN_DOSES_PER_24H = 100;
    /** The longest course given as a duration: a year and a day; longer orders are written without an end. */
    static final int LONGEST_COURSE_DAYS = 366;

    private OrderValidation() {
    }

    public static boolean isAntimicrobial(Product product) {
        return product.atc() != null && ANTIMICROBIAL_ATC.stream().anyMatch(product.atc()::startsWith);
    }

    /**
     * @param allowAnyRoute when true (checking an order without saving it) a route the product is not made
     *                      for is left for the ROUTE check to report, rather than refused here
     */
    public static ValidOrder validate(OrderRequest request, Formulary formulary, Instant now, boolean allowAnyRoute) {
        if (request == null) {
            throw new InvalidInputException("productCode", OrderSentence.SEND_THE_ORDER.with(), "Send the order.");
        }
        String productCode = Text.optional("productCode", request.productCode(), 64);
        Product product = formulary.product(productCode).orElseThrow(() -> productCode == null
                ? new InvalidInputException("productCode", OrderSentence.CHOOSE_A_MEDICINE.with(), "Choose a medicine from the formulary.")
                : new InvalidInputException("productCode", OrderSentence.NOT_IN_FORMULARY.with(Text.echoed(productCode)),
                        Text.echo(productCode) + " is not a medicine in the formulary."));
        Unit unit = Unit.parse(request.doseUnit()).orElseThrow(() ->
                new InvalidInputException("doseUnit", OrderSentence.NOT_A_UNIT.with(Text.echoed(request.doseUnit())),
                        Text.echo(request.doseUnit()) + " is not a unit."));
        if (!product.accepts(unit)) {
            List<String> units = product.doseUnits().stream().map(Unit::symbol).toList();
            throw new InvalidInputException("doseUnit", OrderSentence.UNIT_NOT_FOR_PRODUCT.with(product.name(), unit.symbol(), String.join(", ", units)),
                    "A dose of " + product.name() + " cannot be given in " + unit.symbol() + "; use " + String.join(" or ", units) + ".");
        }
        CorrectionScale correction = request.correctionScale() == null || request.correctionScale().isEmpty() ? null
                : CorrectionScale.of(request.correctionScale());
        BigDecimal doseAmount = request.dose();
        BigDecimal doseUpTo = request.doseUpTo();
        if (correction != null) {
            // the scale is the dose: its smallest and largest doses make the range the order checks read
            BigDecimal lowest = correction.lowestDose();
            BigDecimal highest = correction.highestDose().compareTo(lowest) == 0 ? null : correction.highestDose();
            String range = plain(lowest) + (highest == null ? "" : "-" + plain(highest)) + " units";
            boolean asWritten = doseAmount == null || doseAmount.compareTo(lowest) == 0
                    && (highest == null ? doseUpTo == null || doseUpTo.compareTo(lowest) == 0 : doseUpTo != null && doseUpTo.compareTo(highest) == 0);
            if (!asWritten) {
                throw new InvalidInputException("dose", InsulinSentence.DOSE_FOLLOWS_SCALE.with(range),
                        "A correction order's dose is its scale's: " + range + ".");
            }
            doseAmount = lowest;
            doseUpTo = highest;
        }
        if (doseAmount == null) {
            throw new InvalidInputException("dose", OrderSentence.GIVE_THE_DOSE.with(), "Give the dose.");
        }
        for (BigDecimal amount : new BigDecimal[] {doseAmount, doseUpTo}) {
            if (amount != null && (amount.compareTo(IMPLAUSIBLE) >= 0 || amount.stripTrailingZeros().scale() > 4)) {
                // the amount is not repeated: it may be a thousand digits long
                throw new InvalidInputException(amount == doseAmount ? "dose" : "doseUpTo", OrderSentence.IMPLAUSIBLE_DOSE.with(),
                        "This is not a plausible dose: less than 1,000,000 with at most 4 decimal places is expected.");
            }
        }
        Dose dose = new Dose(doseAmount, doseUpTo, unit);
        Route route = code(Route.class, request.route(), "route");
        if (!allowAnyRoute && !product.routes().contains(route)) {
            throw new InvalidInputException("route", OrderSentence.NOT_BY_ROUTE.with(product.name(), route.term()),
                    product.name() + " is not given by the " + route.words() + " route.");
        }
        Frequency frequency = code(Frequency.class, request.frequency(), "frequency");
        ValidOrder.PrnLimits prn = null;
        if (frequency == Frequency.PRN) {
            String reason = Text.required("prnReason", request.prnReason(), 200, OrderSentence.PRN_REASON_NEEDED.with(),
                    "An as-needed order needs the reason to give it.");
            BigDecimal interval = request.prnMinIntervalHours();
            if (interval == null || interval.signum() <= 0) {
                throw new InvalidInputException("prnMinIntervalHours", OrderSentence.PRN_INTERVAL_NEEDED.with(),
                        "An as-needed order needs the shortest time between doses.");
            }
            if (interval.compareTo(LONGEST_PRN_INTERVAL_HOURS) > 0 || interval.stripTrailingZeros().scale() > 2) {
                throw new InvalidInputException("prnMinIntervalHours", OrderSentence.PRN_INTERVAL_TOO_LONG.with(LONGEST_PRN_INTERVAL_HOURS),
                        "The shortest time between doses is at most " + LONGEST_PRN_INTERVAL_HOURS + " hours, in hours with at most 2 decimal places.");
            }
            if (request.prnMaxPer24h() == null || request.prnMaxPer24h() <= 0) {
                throw new InvalidInputException("prnMaxPer24h", OrderSentence.PRN_MAXIMUM_NEEDED.with(),
                        "An as-needed order needs the most doses in 24 hours.");
            }
            if (request.prnMaxPer24h() > MOST_PRN_DOSES_PER_24H) {
                throw new InvalidInputException("prnMaxPer24h", OrderSentence.PRN_MAXIMUM_TOO_HIGH.with(MOST_PRN_DOSES_PER_24H),
                        "The most doses in 24 hours is at most " + MOST_PRN_DOSES_PER_24H + ".");
            }
            prn = new ValidOrder.PrnLimits(reason, interval, request.prnMaxPer24h());
        }
        if (correction != null) {
            if (!CorrectionScale.suits(product, route, unit)) {
                throw new InvalidInputException("correctionScale", InsulinSentence.NOT_SC_INSULIN.with(product.name()),
                        product.name() + " is not an insulin given subcutaneously in units: a correction scale is for such an insulin.");
            }
            if (prn == null) {
                throw new InvalidInputException("frequency", InsulinSentence.AS_NEEDED.with(),
                        "A correction dose is given as needed, when the glucose is measured: order it PRN with its limits.");
            }
        }
        Instant start = request.start() == null ? now : request.start();
        Instant end = request.end();
        if (request.durationDays() != null) {
            if (request.durationDays() <= 0) {
                throw new InvalidInputException("durationDays", OrderSentence.COURSE_AT_LEAST_A_DAY.with(), "A course lasts at least one day.");
            }
            if (request.durationDays() > LONGEST_COURSE_DAYS) {
                throw new InvalidInputException("durationDays", OrderSentence.COURSE_TOO_LONG.with(LONGEST_COURSE_DAYS),
                        "A course given as a duration lasts at most " + LONGEST_COURSE_DAYS
                        + " days; leave a longer order without an end.");
            }
            if (end != null) {
                throw new InvalidInputException("durationDays", OrderSentence.END_OR_DURATION.with(), "Give an end or a duration, not both.");
            }
            end = start.plus(Duration.ofDays(request.durationDays()));
        }
        if (end != null && !end.isAfter(start)) {
            throw new InvalidInputException("end", OrderSentence.END_AFTER_START.with(), "The end must be after the start.");
        }
        String indication = Text.optional("indication", request.indication(), 200);
        Instant reviewAt = request.reviewAt();
        if (isAntimicrobial(product)) {
            if (indication == null) {
                throw new InvalidInputException("indication", OrderSentence.INDICATION_NEEDED.with(), "An antimicrobial needs its indication.");
            }
            if (reviewAt == null) {
                reviewAt = start.plus(ANTIMICROBIAL_REVIEW);
            }
        }
        if (reviewAt != null && reviewAt.isBefore(start)) {
            throw new InvalidInputException("reviewAt", OrderSentence.REVIEW_BEFORE_START.with(), "The review cannot be before the start.");
        }
        return new ValidOrder(product, dose, route, frequency, prn, start, end, indication, reviewAt,
                Text.optional("instructions", request.instructions(), 500), correction);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, RefusalSentence.GIVE_FIELD.with(field), "Give the " + field + ".");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, RefusalSentence.NOT_A_CODE.with(Text.echoed(value), field),
                    Text.echo(value) + " is not a " + field + " code.");
        }
    }
}
