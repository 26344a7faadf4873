package org.epma.prescribing.formulary;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The one unit table. Units of the same dimension convert through their factor to the dimension's base
 * (mg, mL, unit, mmol); a form unit (tablet, capsule …) is its own dimension and converts to nothing else.
 * Names are written in full as people read them: "microgram" and "unit" are never abbreviated.
 */
public enum Unit {
    MICROGRAM("microgram", Dimension.MASS, new BigDecimal("0.001")),
    MG("mg", Dimension.MASS, BigDecimal.ONE),
    G("g", Dimension.MASS, new BigDecimal("1000")),
    ML("mL", Dimension.VOLUME, BigDecimal.ONE),
    L("litre", Dimension.VOLUME, new BigDecimal("1000")),
    UNIT("unit", Dimension.UNITS, BigDecimal.ONE),
    MMOL("mmol", Dimension.AMOUNT, BigDecimal.ONE),
    TABLET("tablet", Dimension.TABLET, BigDecimal.ONE),
    CAPSULE("capsule", Dimension.CAPSULE, BigDecimal.ONE),
    DOSE("dose", Dimension.DOSE, BigDecimal.ONE),
    PATCH("patch", Dimension.PATCH, BigDecimal.ONE),
    SUPPOSITORY("suppository", Dimension.SUPPOSITORY, BigDecimal.ONE),
    VIAL("vial", Dimension.VIAL, BigDecimal.ONE),
    AMPOULE("ampoule", Dimension.AMPOULE, BigDecimal.ONE),
    SACHET("sachet", Dimension.SACHET, BigDecimal.ONE),
    HOUR("hour", Dimension.TIME, BigDecimal.ONE);

    /** What a unit measures; only units of one dimension convert into each other. */
    public enum Dimension { MASS, VOLUME, UNITS, AMOUNT, TABLET, CAPSULE, DOSE, PATCH, SUPPOSITORY, VIAL, AMPOULE, SACHET, TIME }

    private final String symbol;
    private final Dimension dimension;
    private final BigDecimal factor;

    Unit(String symbol, Dimension dimension, BigDecimal factor) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.factor = factor;
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    BigDecimal factor() {
        return factor;
    }

    /** A count of things, such as tablets, rather than a measure of a substance. */
    public boolean isCountOfForm() {
        return switch (dimension) {
            case TABLET, CAPSULE, DOSE, PATCH, SUPPOSITORY, VIAL, AMPOULE, SACHET -> true;
            default -> false;
        };
    }

    /** Reads a unit as written in the formulary files or an API request (singular or plural). */
    public static Optional<Unit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith("s") && !t.equals("mls") && t.length() > 3) {
            t = t.substring(0, t.length() - 1);
        }
        for (Unit unit : values()) {
            if (unit.symbol.toLowerCase(Locale.ROOT).equals(t) || unit.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(unit);
            }
        }
        return switch (t) {
            case "ml", "mls" -> Optional.of(ML);
            case "l" -> Optional.of(L);
            case "puff", "actuation" -> Optional.of(DOSE);
            default -> Optional.empty();
        };
    }
}
