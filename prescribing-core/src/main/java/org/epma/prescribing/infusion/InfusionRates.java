package org.epma.prescribing.infusion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.epma.prescribing.formulary.Quantity;

/**
 * Converts between the pump's rate (mL/hour) and the dose rate for one bag: mL/hour = dose per hour ÷ concentration,
 * where dose per hour is the dose rate × 60 for a per-minute rate × the weight for a per-kg rate. Computed at full
 * precision; {@link #pumpRate(BigDecimal)} rounds for the pump and {@link #readable(BigDecimal)} for people.
 */
public final class InfusionRates {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private InfusionRates() {
    }

    /** The mL/hour that gives this dose rate from this bag; the weight (kg) only matters, and must be there, per kg. */
    public static BigDecimal mlPerHour(DoseRate rate, InfusionBag bag, BigDecimal weightKg) {
        Quantity perMl = concentration(bag, rate);
        Quantity perHour = new Quantity(rate.amount().multiply(rate.unit().timeBase().perHour()).multiply(weightFactor(rate.unit(), weightKg)),
                rate.unit().amountUnit());
        return perHour.to(perMl.unit()).amount().divide(perMl.amount(), PRECISION);
    }

    /** The dose rate, in the unit asked for, that this many mL/hour of this bag gives. */
    public static DoseRate doseRate(BigDecimal mlPerHour, InfusionBag bag, DoseRateUnit unit, BigDecimal weightKg) {
        if (mlPerHour.signum() < 0) {
            throw new IllegalArgumentException("a rate is not negative: " + mlPerHour);
        }
        Quantity perMl = concentration(bag, new DoseRate(BigDecimal.ZERO, unit));
        Quantity perHour = new Quantity(perMl.amount().multiply(mlPerHour), perMl.unit()).to(unit.amountUnit());
        BigDecimal divisor = unit.timeBase().perHour().multiply(weightFactor(unit, weightKg));
        return new DoseRate(perHour.amount().divide(divisor, PRECISION), unit);
    }

    /** mL/hour as pumps are set: to one decimal place. */
    public static BigDecimal pumpRate(BigDecimal mlPerHour) {
        return mlPerHour.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** A dose rate as people read it: three significant figures, no trailing zeros ("0.05", "2.5", "120"). */
    public static BigDecimal readable(BigDecimal amount) {
        BigDecimal rounded = amount.round(new MathContext(3, RoundingMode.HALF_UP)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    private static Quantity concentration(InfusionBag bag, DoseRate rate) {
        Quantity perMl = bag.concentrationPerMl().orElseThrow(() -> new RateNotComputable(RateNotComputable.Reason.NO_DRUG,
                "The bag holds no drug: its rate is in mL/hour only."));
        if (!perMl.convertibleTo(rate.unit().amountUnit())) {
            throw new RateNotComputable(RateNotComputable.Reason.UNIT_MISMATCH, "The bag's drug is measured in "
                    + perMl.unit().symbol() + ", not in " + rate.unit().words() + ".");
        }
        return perMl;
    }

    private static BigDecimal weightFactor(DoseRateUnit unit, BigDecimal weightKg) {
        if (!unit.perKg()) {
            return BigDecimal.ONE;
        }
        if (weightKg == null || weightKg.signum() <= 0) {
            throw new RateNotComputable(RateNotComputable.Reason.NEEDS_WEIGHT,
                    "A rate in " + unit.words() + " needs the patient's weight: record it first.");
        }
        return weightKg;
    }
}
