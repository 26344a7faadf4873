package org.epma.prescribing.infusion;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.epma.prescribing.formulary.Unit;

/**
 * The units a dose rate is prescribed in: an amount of drug (mass, units or mmol) per hour or per minute, optionally per
 * kilogram of body weight. Written in full as people read them: "micrograms/kg/minute", never "mcg/kg/min".
 */
public enum DoseRateUnit {
    MG_PER_HOUR(Unit.MG, false, TimeBase.HOUR, "mg/hour"),
    MICROGRAMS_PER_HOUR(Unit.MICROGRAM, false, TimeBase.HOUR, "micrograms/hour"),
    MICROGRAMS_PER_MINUTE(Unit.MICROGRAM, false, TimeBase.MINUTE, "micrograms/minute"),
    G_PER_HOUR(Unit.G, false, TimeBase.HOUR, "g/hour"),
    UNITS_PER_HOUR(Unit.UNIT, false, TimeBase.HOUR, "units/hour"),
    MMOL_PER_HOUR(Unit.MMOL, false, TimeBase.HOUR, "mmol/hour"),
    MG_PER_KG_PER_HOUR(Unit.MG, true, TimeBase.HOUR, "mg/kg/hour"),
    MICROGRAMS_PER_KG_PER_HOUR(Unit.MICROGRAM, true, TimeBase.HOUR, "micrograms/kg/hour"),
    MICROGRAMS_PER_KG_PER_MINUTE(Unit.MICROGRAM, true, TimeBase.MINUTE, "micrograms/kg/minute"),
    UNITS_PER_KG_PER_HOUR(Unit.UNIT, true, TimeBase.HOUR, "units/kg/hour");

    /** Per hour or per minute. */
    public enum TimeBase {
        HOUR(BigDecimal.ONE), MINUTE(new BigDecimal("60"));

        private final BigDecimal perHour;

        TimeBase(BigDecimal perHour) {
            this.perHour = perHour;
        }

        /** How many of this base make an hour (a minute: 60). */
        public BigDecimal perHour() {
            return perHour;
        }
    }

    private final Unit amountUnit;
    private final boolean perKg;
    private final TimeBase timeBase;
    private final String words;

    DoseRateUnit(Unit amountUnit, boolean perKg, TimeBase timeBase, String words) {
        this.amountUnit = amountUnit;
        this.perKg = perKg;
        this.timeBase = timeBase;
        this.words = words;
    }

    public Unit amountUnit() {
        return amountUnit;
    }

    /** Whether the rate is per kilogram of body weight, and so needs the patient's weight to become mL/h. */
    public boolean perKg() {
        return perKg;
    }

    public TimeBase timeBase() {
        return timeBase;
    }

    public String words() {
        return words;
    }

    /**
     * Reads "mg/hour", "micrograms/kg/minute", "units/h", "mg/kg/hr" or the constant's name. "mcg" is not read: NHS
     * guidance writes micrograms in full because "mcg" is misread as mg.
     */
    public static Optional<DoseRateUnit> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DoseRateUnit unit : values()) {
            if (unit.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(unit);
            }
        }
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("\\s*/\\s*");
        if (parts.length < 2 || parts.length > 3 || parts.length == 3 && !parts[1].equals("kg")) {
            return Optional.empty();
        }
        Optional<Unit> amount = Unit.parse(parts[0]).filter(u -> u != Unit.HOUR && !u.isCountOfForm());
        TimeBase time = switch (parts[parts.length - 1]) {
            case "h", "hr", "hour" -> TimeBase.HOUR;
            case "min", "minute" -> TimeBase.MINUTE;
            default -> null;
        };
        boolean perKg = parts.length == 3;
        return amount.flatMap(a -> Arrays.stream(values())
                .filter(u -> u.amountUnit == a && u.perKg == perKg && u.timeBase == time).findFirst());
    }
}
