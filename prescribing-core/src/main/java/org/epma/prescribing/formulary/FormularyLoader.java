package org.epma.prescribing.formulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.sitedata.CsvTable;
import org.epma.prescribing.sitedata.SiteDataException;

/**
 * Reads config/formulary/medicines.csv. Every row is checked; the first bad one stops the load with the
 * file, line and field.
 */
public final class FormularyLoader {

    public static final String FILE = "formulary/medicines.csv";
    static final String[] COLUMNS = {"code", "name", "medicine", "form", "ingredients", "per", "routes", "dose_unit", "atc",
        "groups", "interaction_classes", "allergy_classes", "cd_schedule", "critical", "high_alert", "demo_gtin", "source"};
    private static final Pattern AMOUNT = Pattern.compile("(.+?)\\s+(\\d+(?:\\.\\d+)?)\\s*([A-Za-z]+)");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z0-9_]+");

    private FormularyLoader() {
    }

    public static Formulary load(CsvTable table, String version) {
        List<Product> products = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> gtins = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            Product product = product(row);
            if (!codes.add(product.code())) {
                throw row.problem("code", "product " + product.code() + " is listed twice");
            }
            if (product.demoGtin() != null && !gtins.add(product.demoGtin())) {
                throw row.problem("demo_gtin", "GTIN " + product.demoGtin() + " is given to two products");
            }
            products.add(product);
        }
        if (products.isEmpty()) {
            throw new SiteDataException(table.source(), 0, null, "lists no medicines");
        }
        return new Formulary(products, version);
    }

    private static Product product(CsvTable.Row row) {
        String code = row.text("code");
        if (!code.matches("[A-Z0-9][A-Z0-9-]*")) {
            throw row.problem("code", "'" + code + "' must be capital letters, digits and hyphens");
        }
        List<Ingredient> ingredients = new ArrayList<>();
        for (String part : row.list("ingredients")) {
            Matcher m = AMOUNT.matcher(part);
            if (!m.matches()) {
                throw row.problem("ingredients", "'" + part + "' is not 'ingredient amount unit', e.g. 'paracetamol 500 mg'");
            }
            ingredients.add(new Ingredient(m.group(1).strip().toLowerCase(java.util.Locale.ROOT), quantity(row, "ingredients",
                    m.group(2), m.group(3))));
        }
        if (ingredients.isEmpty()) {
            throw row.problem("ingredients", "is required");
        }
        String[] per = row.text("per").split("\\s+");
        if (per.length != 2) {
            throw row.problem("per", "'" + row.text("per") + "' is not 'amount unit', e.g. '5 mL' or '1 tablet'");
        }
        Quantity perQuantity = quantity(row, "per", per[0], per[1]);
        Unit doseUnit = Unit.parse(row.text("dose_unit"))
                .orElseThrow(() -> row.problem("dose_unit", "'" + row.text("dose_unit") + "' is not a unit"));
        Set<Route> routes = row.choices("routes", Route.class);
        if (routes.isEmpty()) {
            throw row.problem("routes", "is required");
        }
        String gtin = row.optional("demo_gtin");
        if (gtin != null) {
            try {
                new Gtin(gtin);
            } catch (InvalidInputException e) {
                throw row.problem("demo_gtin", e.getMessage());
            }
        }
        Integer schedule = null;
        if (row.optional("cd_schedule") != null) {
            schedule = row.decimal("cd_schedule").intValueExact();
            if (schedule < 1 || schedule > 5) {
                throw row.problem("cd_schedule", "a controlled-drug schedule is 1 to 5");
            }
        }
        Product product = new Product(code, row.text("name"), row.text("medicine").toLowerCase(java.util.Locale.ROOT),
                row.choice("form", Form.class), ingredients, perQuantity, routes, doseUnit, row.optional("atc"),
                names(row, "groups"), names(row, "interaction_classes"), names(row, "allergy_classes"), schedule,
                row.flag("critical"), row.flag("high_alert"), gtin, row.text("source"));
        if (!product.accepts(doseUnit)) {
            throw row.problem("dose_unit", "a dose of " + product.name() + " cannot be written in " + doseUnit.symbol()
                    + (product.isCombination() ? " (a combination product is dosed in its own unit, e.g. tablet or mL)" : ""));
        }
        return product;
    }

    private static Set<String> names(CsvTable.Row row, String column) {
        Set<String> names = new HashSet<>();
        for (String name : row.list(column)) {
            if (!CLASS_NAME.matcher(name).matches()) {
                throw row.problem(column, "'" + name + "' must be capital letters, digits and underscores");
            }
            names.add(name);
        }
        return names;
    }

    /** An amount and a unit written in a cell (or two), refused unless the amount is more than zero. */
    public static Quantity quantity(CsvTable.Row row, String column, String amount, String unit) {
        Unit parsed = Unit.parse(unit).orElseThrow(() -> row.problem(column, "'" + unit + "' is not a unit"));
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw row.problem(column, "'" + amount + "' is not a number");
        }
        if (value.signum() <= 0) {
            throw row.problem(column, "an amount must be more than zero");
        }
        return new Quantity(value, parsed);
    }

    /** "4 g" or "60 mg" as written in a rule file. */
    public static Quantity quantity(CsvTable.Row row, String amountColumn, String unitColumn) {
        if (row.optional(amountColumn) == null) {
            return null;
        }
        return quantity(row, amountColumn, row.text(amountColumn), row.text(unitColumn));
    }
}
