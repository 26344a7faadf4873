package org.epma.prescribing.pgd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * The site's patient group directions and the staff authorised by name for each (config/pgds.csv and
 * config/pgd-authorisations.csv). Read once at start: a row that names a medicine, route or unit the formulary does not
 * have, or a Schedule 1 to 3 controlled drug, stops the start rather than offering a direction that cannot be given.
 */
public record DirectionCatalogue(Map<String, PatientGroupDirection> directions, Map<String, Set<String>> authorised) {

    public static final DirectionCatalogue NONE = new DirectionCatalogue(Map.of(), Map.of());

    public DirectionCatalogue {
        directions = Map.copyOf(directions);
        authorised = Map.copyOf(authorised);
    }

    public static DirectionCatalogue read(CsvTable directionTable, CsvTable authorisationTable, Formulary formulary) {
        Map<String, PatientGroupDirection> directions = new LinkedHashMap<>();
        for (CsvTable.Row row : directionTable.rows()) {
            String id = row.text("id");
            if (!id.matches("[A-Z0-9-]{2,40}")) {
                throw row.problem("id", "'" + id + "' must be 2 to 40 capital letters, digits or hyphens");
            }
            if (directions.containsKey(id)) {
                throw row.problem("id", "direction " + id + " is listed twice");
            }
            Product product = formulary.product(row.text("product_code"))
                    .orElseThrow(() -> row.problem("product_code", "'" + row.text("product_code") + "' is not in the formulary"));
            if (product.strictlyControlled()) {
                // Misuse of Drugs Regulations 2001: Schedule 2 and 3 drugs are outside what a ward PGD may supply here
                throw row.problem("product_code", product.name() + " is a Schedule " + product.cdSchedule()
                        + " controlled drug: this system does not give one under a patient group direction");
            }
            Route route = row.choice("route", Route.class);
            if (!product.routes().contains(route)) {
                throw row.problem("route", product.name() + " is not given by route " + route);
            }
            String unit = row.text("dose_unit");
            if (Unit.parse(unit).filter(product::accepts).isEmpty()) {
                throw row.problem("dose_unit", "'" + unit + "' is not a dose unit of " + product.name());
            }
            if (date(row, "expires").isBefore(date(row, "valid_from"))) {
                throw row.problem("expires", "a direction expires after it comes into force");
            }
            directions.put(id, new PatientGroupDirection(id, row.text("version"), row.text("title"), product.code(),
                    positive(row, "dose"), unit, route, row.text("indication"), row.text("inclusion"), row.text("exclusion"),
                    row.optional("minimum_age_years") == null ? null : whole(row, "minimum_age_years"),
                    whole(row, "review_within_hours"), date(row, "valid_from"), date(row, "expires"), row.text("source")));
        }
        Map<String, Set<String>> authorised = new HashMap<>();
        for (CsvTable.Row row : authorisationTable.rows()) {
            String id = row.text("pgd_id");
            if (!directions.containsKey(id)) {
                throw row.problem("pgd_id", "direction " + id + " is not in " + directionTable.source());
            }
            authorised.computeIfAbsent(id, k -> new HashSet<>()).add(row.text("username"));
        }
        return new DirectionCatalogue(directions, authorised);
    }

    public Optional<PatientGroupDirection> find(String id) {
        return Optional.ofNullable(id == null ? null : directions.get(id));
    }

    public List<PatientGroupDirection> all() {
        return new ArrayList<>(directions.values());
    }

    /** Whether this person is authorised by name to work under the direction. */
    public boolean authorises(String directionId, String username) {
        return authorised.getOrDefault(directionId, Set.of()).contains(username);
    }

    private static BigDecimal positive(CsvTable.Row row, String column) {
        BigDecimal value = row.decimal(column);
        if (value.signum() <= 0) {
            throw row.problem(column, "must be more than zero");
        }
        return value;
    }

    private static int whole(CsvTable.Row row, String column) {
        BigDecimal value = positive(row, column);
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            throw row.problem(column, "must be a whole number up to 100000");
        }
        return value.intValue();
    }

    private static LocalDate date(CsvTable.Row row, String column) {
        try {
            return LocalDate.parse(row.text(column));
        } catch (DateTimeParseException e) {
            throw row.problem(column, "'" + row.text(column) + "' is not a date such as 2026-12-31");
        }
    }
}
