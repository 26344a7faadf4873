package org.epma.prescribing.pgd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * The checks every row of a site's protocol for giving without a prescription passes (a patient group direction, a
 * homely remedy): a dose the formulary can give, never a Schedule 1 to 3 controlled drug, and numbers that mean
 * something. A row that fails stops the start, naming the file, line and field.
 */
final class ProtocolRows {

    private ProtocolRows() {
    }

    /** The row's {@code id}: capital letters, digits and hyphens, listed once. */
    static String id(CsvTable.Row row, Map<String, ?> seen) {
        String id = row.text("id");
        if (!id.matches("[A-Z0-9-]{2,40}")) {
            throw row.problem("id", "'" + id + "' must be 2 to 40 capital letters, digits or hyphens");
        }
        if (seen.containsKey(id)) {
            throw row.problem("id", id + " is listed twice");
        }
        return id;
    }

    /**
     * The medicine the row gives, after checking the formulary has its product, route and dose unit and that it is not
     * a controlled drug of Schedules 1 to 3 (the Misuse of Drugs Regulations 2001 keep those out of this kind of
     * protocol here).
     */
    static Product medicine(CsvTable.Row row, Formulary formulary, String protocol) {
        Product product = formulary.product(row.text("product_code"))
                .orElseThrow(() -> row.problem("product_code", "'" + row.text("product_code") + "' is not in the formulary"));
        if (product.strictlyControlled()) {
            throw row.problem("product_code", product.name() + " is a Schedule " + product.cdSchedule()
                    + " controlled drug: this system does not give one under " + protocol);
        }
        Route route = row.choice("route", Route.class);
        if (!product.routes().contains(route)) {
            throw row.problem("route", product.name() + " is not given by route " + route);
        }
        String unit = row.text("dose_unit");
        if (Unit.parse(unit).filter(product::accepts).isEmpty()) {
            throw row.problem("dose_unit", "'" + unit + "' is not a dose unit of " + product.name());
        }
        return product;
    }

    /** Who the site lists by name for each protocol row; a row naming a protocol not listed stops the start. */
    static Map<String, Set<String>> authorisations(CsvTable table, String idColumn, Set<String> ids, String listedIn) {
        Map<String, Set<String>> authorised = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.text(idColumn);
            if (!ids.contains(id)) {
                throw row.problem(idColumn, id + " is not in " + listedIn);
            }
            authorised.computeIfAbsent(id, k -> new HashSet<>()).add(row.text("username"));
        }
        return authorised;
    }

    static BigDecimal positive(CsvTable.Row row, String column) {
        BigDecimal value = row.decimal(column);
        if (value.signum() <= 0) {
            throw row.problem(column, "must be more than zero");
        }
        return value;
    }

    static int whole(CsvTable.Row row, String column) {
        BigDecimal value = positive(row, column);
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            throw row.problem(column, "must be a whole number up to 100000");
        }
        return value.intValue();
    }

    static Integer optionalWhole(CsvTable.Row row, String column) {
        return row.optional(column) == null ? null : whole(row, column);
    }

    static LocalDate date(CsvTable.Row row, String column) {
        try {
            return LocalDate.parse(row.text(column));
        } catch (DateTimeParseException e) {
            throw row.problem(column, "'" + row.text(column) + "' is not a date such as 2026-12-31");
        }
    }
}
