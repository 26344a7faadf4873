package org.epma.prescribing.infusion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * The VRIII scales a site names in {@code config/vriii-scales.csv} to prefill the prescribing form: one row per band
 * ({@code scale}, {@code from} mmol/L, {@code units_per_hour} or {@code stop} Y, and the {@code source} the site follows),
 * the bands of a scale in rising order. The project ships the file with its header only: the rates are the site's.
 */
public final class NamedVriiiScales {

    /** A scale the site names, with the guidance it follows. */
    public record Named(String name, String source, VriiiScale scale) {
    }

    private NamedVriiiScales() {
    }

    /** Each named scale, as the file lists them; a bad band or scale stops the start with its line. */
    public static List<Named> read(CsvTable table) {
        Map<String, List<VriiiScale.Band>> bands = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, CsvTable.Row> lastRow = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String name = row.text("scale");
            BigDecimal rate = row.optionalDecimal("units_per_hour");
            boolean stop = row.optional("stop") != null && row.flag("stop");
            bands.computeIfAbsent(name, n -> new ArrayList<>()).add(new VriiiScale.Band(row.decimal("from"), rate, stop));
            sources.merge(name, row.text("source"), (a, b) -> a.equals(b) ? a : a + "; " + b);
            lastRow.put(name, row);
        }
        List<Named> named = new ArrayList<>();
        bands.forEach((name, written) -> {
            try {
                named.add(new Named(name, sources.get(name), VriiiScale.of(written)));
            } catch (InvalidInputException e) {
                throw lastRow.get(name).problem(e.field(), "scale '" + name + "': " + e.getMessage());
            }
        });
        return List.copyOf(named);
    }
}
