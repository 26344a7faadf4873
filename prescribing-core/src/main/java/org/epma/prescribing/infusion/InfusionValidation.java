package org.epma.prescribing.infusion;

import org.epma.prescribing.insulin.CorrectionScale;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Locale;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.OrderSentence;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.Text;

/**
 * Turns an infusion as written into an {@link InfusionOrder}, or refuses it naming the field: an unknown product, a
 * fluid that is not a bag, a made-up bag without its drug amount, final volume or a diluent that is a fluid, a rate given
 * twice or not at all, a per-kg rate without the patient's weight, titration bounds that are incomplete, reversed or do
 * not include the prescribed rate. The rate given is kept as written; the other is computed from it.
 */
public final class InfusionValidation {

    /** No volume, rate or amount in an infusion order is a million of its unit: that is a slip of the keyboard. */
    private static final BigDecimal IMPLAUSIBLE = new BigDecimal("1000000");
    /** An infusion order runs at most a week before it is written again. */
    static final BigDecimal LONGEST_DURATION_HOURS = new BigDecimal("168");
    private static final BigDecimal MINUTES_PER_HOUR = new BigDecimal("60");
    /** The formulary's therapeutic group of the insulins (config/formulary/medicines.csv). */

    private InfusionValidation() {
    }

    /** {@code weightKg}: the patient's latest weight, null when none is recorded (a per-kg rate is then refused). */
    public static InfusionOrder validate(InfusionRequest request, Formulary formulary, BigDecimal weightKg, Instant now) {
        if (request == null) {
            throw new InvalidInputException("productCode", OrderSentence.SEND_THE_ORDER.with(), "Send the order.");
        }
        InfusionKind kind = kind(request.kind());
        String code = Text.optional("productCode", request.productCode(), 64);
        Product product = formulary.product(code).orElseThrow(() -> code == null
                ? new InvalidInputException("productCode", OrderSentence.CHOOSE_A_MEDICINE.with(), "Choose a medicine from the formulary.")
                : new InvalidInputException("productCode", OrderSentence.NOT_IN_FORMULARY.with(Text.echoed(code)),
                        Text.echo(code) + " is not a medicine in the formulary."));
        boolean readyMade = product.form() == Form.INFUSION;
        if (kind == InfusionKind.FLUID && !readyMade) {
            throw new InvalidInputException("productCode", InfusionSentence.NOT_A_BAG.with(product.name()),
                    product.name() + " is not a bag of fluid: choose the fluid itself, or prescribe a drug infusion.");
        }
        InfusionBag bag;
        Product diluent = null;
        if (readyMade) {
            BigDecimal volume = request.finalVolumeMl() != null ? plausible("finalVolumeMl", request.finalVolumeMl())
                    : product.per().unit() == Unit.ML ? product.per().amount() : null;
            if (volume == null) {
                throw new InvalidInputException("finalVolumeMl", InfusionSentence.GIVE_FINAL_VOLUME.with(), "Give the volume of the bag in mL.");
            }
            Quantity drug = kind == InfusionKind.FLUID ? null : product.ingredientAmounts(new Quantity(volume, Unit.ML))
                    .flatMap(m -> m.values().stream().findFirst()).orElse(null);
            bag = new InfusionBag(drug, volume, null);
        } else {
            if (request.drugAmount() == null) {
                throw new InvalidInputException("drugAmount", InfusionSentence.GIVE_DRUG_AMOUNT.with(), "Give the amount of drug in the bag.");
            }
            Unit unit = Unit.parse(request.drugUnit()).orElseThrow(() -> new InvalidInputException("drugUnit",
                    OrderSentence.NOT_A_UNIT.with(Text.echoed(request.drugUnit())), Text.echo(request.drugUnit()) + " is not a unit."));
            if (!product.accepts(unit) || unit.isCountOfForm()) {
                throw new InvalidInputException("drugUnit", OrderSentence.UNIT_NOT_FOR_PRODUCT.with(product.name(), unit.symbol(),
                        String.join(", ", product.doseUnits().stream().map(Unit::symbol).toList())),
                        "An amount of " + product.name() + " cannot be given in " + unit.symbol() + ".");
            }
            if (request.finalVolumeMl() == null) {
                throw new InvalidInputException("finalVolumeMl", InfusionSentence.GIVE_FINAL_VOLUME.with(),
                        "Give the final volume the drug is made up to, in mL.");
            }
            String diluentCode = Text.optional("diluentCode", request.diluentCode(), 64);
            diluent = formulary.product(diluentCode).filter(d -> d.form() == Form.INFUSION).orElseThrow(() ->
                    new InvalidInputException("diluentCode", InfusionSentence.NOT_A_DILUENT.with(Text.echoed(diluentCode)),
                            Text.echo(diluentCode) + " is not a fluid in the formulary to make the drug up in."));
            Quantity drug = new Quantity(plausible("drugAmount", request.drugAmount()), unit);
            bag = new InfusionBag(drug, plausible("finalVolumeMl", request.finalVolumeMl()), diluent.code());
        }

        BigDecimal duration = request.durationHours() == null ? null : plausible("durationHours", request.durationHours());
        if (duration != null && duration.compareTo(LONGEST_DURATION_HOURS) > 0) {
            throw new InvalidInputException("durationHours", OrderSentence.IMPLAUSIBLE_DOSE.with(),
                    "An infusion runs at most " + LONGEST_DURATION_HOURS + " hours before it is prescribed again.");
        }
        Frequency frequency = null;
        Integer overMinutes = null;
        BigDecimal ml;
        DoseRate doseRate = null;
        DoseRateUnit rateUnit = request.doseRateUnit() == null || request.doseRateUnit().isBlank() ? null
                : DoseRateUnit.parse(request.doseRateUnit()).orElseThrow(() -> new InvalidInputException("doseRateUnit",
                        InfusionSentence.NOT_A_DOSE_RATE_UNIT.with(Text.echoed(request.doseRateUnit())),
                        Text.echo(request.doseRateUnit()) + " is not a dose rate unit (for example mg/hour, micrograms/kg/minute, units/hour)."));
        if (kind == InfusionKind.INTERMITTENT) {
            frequency = frequency(request.frequency());
            if (request.overMinutes() == null || request.overMinutes() <= 0 || request.overMinutes() > 24 * 60) {
                throw new InvalidInputException("overMinutes", InfusionSentence.GIVE_RATE.with(),
                        "Give the minutes the dose runs over (1 to 1,440).");
            }
            if (request.rateMlPerHour() != null || request.doseRate() != null) {
                throw new InvalidInputException("rateMlPerHour", InfusionSentence.ONE_RATE.with(),
                        "Give the rate one way only: mL/hour, a dose rate, or the time it runs over.");
            }
            overMinutes = request.overMinutes();
            ml = bag.finalVolumeMl().multiply(MINUTES_PER_HOUR).divide(BigDecimal.valueOf(overMinutes), MathContext.DECIMAL64);
        } else {
            int given = (request.rateMlPerHour() != null ? 1 : 0) + (request.doseRate() != null ? 1 : 0)
                    + (kind == InfusionKind.FLUID && duration != null ? 1 : 0);
            if (given > 1) {
                throw new InvalidInputException("rateMlPerHour", InfusionSentence.ONE_RATE.with(),
                        "Give the rate one way only: mL/hour, a dose rate, or the time it runs over.");
            }
            if (given == 0) {
                throw new InvalidInputException("rateMlPerHour", InfusionSentence.GIVE_RATE.with(),
                        "Give the rate: mL/hour, a dose rate, or (for a fluid) the hours it runs over.");
            }
            try {
                if (request.doseRate() != null) {
                    if (rateUnit == null) {
                        throw new InvalidInputException("doseRateUnit", InfusionSentence.NOT_A_DOSE_RATE_UNIT.with(Text.echoed(null)),
                                "Give the dose rate's unit (for example mg/hour, micrograms/kg/minute, units/hour).");
                    }
                    doseRate = new DoseRate(plausible("doseRate", request.doseRate()), rateUnit);
                    ml = InfusionRates.pumpRate(InfusionRates.mlPerHour(doseRate, bag, weightKg));
                } else if (request.rateMlPerHour() != null) {
                    ml = plausible("rateMlPerHour", request.rateMlPerHour());
                    if (kind == InfusionKind.CONTINUOUS && bag.drug() != null) {
                        DoseRateUnit unit = rateUnit != null ? rateUnit : defaultUnit(bag.drug().unit());
                        if (unit != null) {
                            DoseRate exact = InfusionRates.doseRate(ml, bag, unit, weightKg);
                            doseRate = new DoseRate(InfusionRates.readable(exact.amount()), unit);
                        }
                    }
                } else {
                    ml = bag.finalVolumeMl().divide(duration, MathContext.DECIMAL64);
                }
            } catch (RateNotComputable e) {
                throw new InvalidInputException(e.reason() == RateNotComputable.Reason.NEEDS_WEIGHT ? "doseRateUnit" : "doseRate",
                        InfusionSentence.RATE_NOT_COMPUTABLE.with(e.getMessage()), e.getMessage());
            }
            if (kind == InfusionKind.FLUID) {
                doseRate = null;
            }
        }
        // the pump is set to 0.1 mL/hour: a rate that rounds to nothing, or a dose rate or pump rate of a million or more,
        // is a slip of the keyboard or a bag made up wrongly, not an infusion
        if (InfusionRates.pumpRate(ml).signum() <= 0 || ml.compareTo(IMPLAUSIBLE) >= 0
                || doseRate != null && doseRate.amount().compareTo(IMPLAUSIBLE) >= 0) {
            throw new InvalidInputException("rateMlPerHour", InfusionSentence.IMPLAUSIBLE_NUMBER.with(),
                    "The rate works out at " + InfusionRates.readable(ml).toPlainString()
                    + " mL/hour: more than 0.05 and less than 1,000,000 mL/hour is expected.");
        }
        VriiiScale vriii = vriii(request, kind, product, bag, doseRate);
        Titration titration = titration(request, kind, doseRate);
        return new InfusionOrder(kind, product, diluent, bag, ml, doseRate, duration, overMinutes, frequency, titration,
                !Boolean.FALSE.equals(request.peripheral()), request.start() == null ? now : request.start(),
                Text.optional("indication", request.indication(), 200), Text.optional("instructions", request.instructions(), 200),
                vriii);
    }

    /**
     * A VRIII: a continuous infusion of an insulin the formulary gives intravenously, made up in units, at a rate in
     * units/hour, whose rate follows its scale — so it has no titration bounds. Null when no scale is written.
     */
    private static VriiiScale vriii(InfusionRequest request, InfusionKind kind, Product product, InfusionBag bag, DoseRate rate) {
        if (request.vriiiScale() == null) {
            return null;
        }
        if (kind != InfusionKind.CONTINUOUS) {
            throw new InvalidInputException("kind", InfusionSentence.VRIII_CONTINUOUS.with(),
                    "A variable-rate insulin infusion is a continuous infusion.");
        }
        if (!product.groups().contains(CorrectionScale.INSULIN_GROUP) || !product.routes().contains(Route.IV) || bag.drug() == null
                || bag.drug().unit() != Unit.UNIT) {
            throw new InvalidInputException("productCode", InfusionSentence.VRIII_NOT_INSULIN.with(product.name()),
                    product.name() + " is not an insulin given intravenously, made up in units: a VRIII scale is for insulin.");
        }
        if (rate == null || rate.unit() != DoseRateUnit.UNITS_PER_HOUR) {
            throw new InvalidInputException("doseRateUnit", InfusionSentence.VRIII_UNITS_PER_HOUR.with(),
                    "A VRIII's rate is in units/hour.");
        }
        if (request.titrationLowest() != null || request.titrationHighest() != null || request.titrationTarget() != null) {
            throw new InvalidInputException("titrationLowest", InfusionSentence.VRIII_NOT_TITRATED.with(),
                    "A VRIII's rate follows its glucose scale: give the scale, not titration bounds.");
        }
        return VriiiScale.of(request.vriiiScale());
    }

    private static Titration titration(InfusionRequest request, InfusionKind kind, DoseRate prescribed) {
        String target = Text.optional("titrationTarget", request.titrationTarget(), 120);
        if (request.titrationLowest() == null && request.titrationHighest() == null && target == null) {
            return null;
        }
        if (request.titrationLowest() == null || request.titrationHighest() == null || target == null) {
            throw new InvalidInputException("titrationTarget", InfusionSentence.TITRATION_INCOMPLETE.with(),
                    "Titration needs the lowest and highest dose rate and what it aims for.");
        }
        if (kind != InfusionKind.CONTINUOUS || prescribed == null) {
            throw new InvalidInputException("titrationLowest", InfusionSentence.TITRATION_NEEDS_DOSE_RATE.with(),
                    "Only a continuous infusion with a dose rate can be titrated.");
        }
        DoseRate lowest = new DoseRate(plausible("titrationLowest", request.titrationLowest()), prescribed.unit());
        DoseRate highest = new DoseRate(plausible("titrationHighest", request.titrationHighest()), prescribed.unit());
        if (lowest.compareTo(highest) > 0) {
            throw new InvalidInputException("titrationHighest", InfusionSentence.TITRATION_ORDER.with(),
                    "The highest dose rate is not below the lowest.");
        }
        Titration titration = new Titration(lowest, highest, target);
        if (!titration.allows(prescribed)) {
            throw new InvalidInputException("doseRate", InfusionSentence.RATE_OUTSIDE_TITRATION.with(),
                    "The prescribed dose rate is within the titration range.");
        }
        return titration;
    }

    /** The per-hour rate unit a bag's drug is usually written in; null for a unit with none (mL, tablets). */
    static DoseRateUnit defaultUnit(Unit drugUnit) {
        return switch (drugUnit) {
            case MG -> DoseRateUnit.MG_PER_HOUR;
            case MICROGRAM -> DoseRateUnit.MICROGRAMS_PER_HOUR;
            case G -> DoseRateUnit.G_PER_HOUR;
            case UNIT -> DoseRateUnit.UNITS_PER_HOUR;
            case MMOL -> DoseRateUnit.MMOL_PER_HOUR;
            default -> null;
        };
    }

    private static BigDecimal plausible(String field, BigDecimal value) {
        if (value.signum() <= 0 || value.compareTo(IMPLAUSIBLE) >= 0 || value.stripTrailingZeros().scale() > 4) {
            throw new InvalidInputException(field, InfusionSentence.IMPLAUSIBLE_NUMBER.with(),
                    "More than 0 and less than 1,000,000, with at most 4 decimal places, is expected.");
        }
        return value;
    }

    private static InfusionKind kind(String value) {
        if (value == null || value.isBlank()) {
            return InfusionKind.CONTINUOUS;
        }
        try {
            return InfusionKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", InfusionSentence.NOT_A_KIND.with(Text.echoed(value)),
                    Text.echo(value) + " is not a kind of infusion (CONTINUOUS, INTERMITTENT or FLUID).");
        }
    }

    private static Frequency frequency(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("frequency", InfusionSentence.GIVE_FREQUENCY.with(), "An intermittent infusion needs its frequency.");
        }
        try {
            Frequency f = Frequency.valueOf(value.strip().toUpperCase(Locale.ROOT));
            if (f == Frequency.PRN) {
                throw new IllegalArgumentException("an intermittent infusion is given at set times");
            }
            return f;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("frequency", InfusionSentence.GIVE_FREQUENCY.with(),
                    Text.echo(value) + " is not a frequency for an intermittent infusion.");
        }
    }
}
