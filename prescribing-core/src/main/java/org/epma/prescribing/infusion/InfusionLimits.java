package org.epma.prescribing.infusion;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * The limits of {@code config/formulary/infusion-limits.csv}: dose rates, concentrations (by line) and the daily fluid
 * volume, each row with its public source. An ingredient without a dose-rate row gets an INFO saying no dose-rate check
 * exists, never silence.
 */
public record InfusionLimits(List<Limit> limits) {

    public static final String FILE = "formulary/infusion-limits.csv";
    /** The row's ingredient for a limit on all fluid, whatever is in it. */
    public static final String ALL_FLUID = "*";

    public enum Kind { DOSE_RATE, CONCENTRATION, DAILY_FLUID_PER_KG }

    /** Where a concentration limit holds: on a peripheral line, or on any line. */
    public enum Line { PERIPHERAL, ANY }

    /**
     * One row. {@code rateUnit} for a dose rate, {@code amountUnit} for a concentration (per litre) or mL for a daily
     * fluid volume (per kg per day); {@code hard} may be null where no hard ceiling is sourced.
     */
    public record Limit(String ingredient, Kind kind, Line line, DoseRateUnit rateUnit, Unit amountUnit, BigDecimal soft,
                        BigDecimal hard, String rule, String source) {
    }

    public InfusionLimits {
        limits = List.copyOf(limits);
    }

    /** @param files reads a file of the config folder by its relative path */
    public static InfusionLimits load(Function<String, String> files) {
        CsvTable table = CsvTable.read("config/" + FILE, new StringReader(files.apply(FILE)), "ingredient", "kind", "line", "unit",
                "soft", "hard", "source");
        List<Limit> limits = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Kind kind = row.choice("kind", Kind.class);
            String unitText = row.text("unit");
            DoseRateUnit rateUnit = null;
            Unit amountUnit;
            if (kind == Kind.DOSE_RATE) {
                rateUnit = DoseRateUnit.parse(unitText).orElseThrow(() -> row.problem("unit", "'" + unitText + "' is not a dose rate unit"));
                amountUnit = rateUnit.amountUnit();
            } else {
                String[] parts = unitText.toLowerCase(Locale.ROOT).split("/", 2);
                String per = kind == Kind.CONCENTRATION ? "l" : "kg/day";
                if (parts.length != 2 || !parts[1].equals(per)) {
                    throw row.problem("unit", "a " + kind + " limit is written per " + per + ", not '" + unitText + "'");
                }
                amountUnit = Unit.parse(parts[0]).orElseThrow(() -> row.problem("unit", "'" + parts[0] + "' is not a unit"));
            }
            BigDecimal soft = row.decimal("soft");
            BigDecimal hard = row.optionalDecimal("hard");
            if (hard != null && hard.compareTo(soft) < 0) {
                throw row.problem("hard", "the hard limit is not below the soft one");
            }
            String line = row.optional("line");
            limits.add(new Limit(row.text("ingredient"), kind, line == null ? Line.ANY : row.choice("line", Line.class),
                    rateUnit, amountUnit, soft, hard, "infusion-limits.csv line " + row.line(), row.text("source")));
        }
        return new InfusionLimits(limits);
    }

    public List<Limit> of(String ingredient, Kind kind) {
        return limits.stream().filter(l -> l.kind == kind && l.ingredient.equals(ingredient)).toList();
    }
}
