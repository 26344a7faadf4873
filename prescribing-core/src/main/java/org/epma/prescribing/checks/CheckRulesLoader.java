package org.epma.prescribing.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.FormularyLoader;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.order.Frequency;
import org.epma.prescribing.patient.PregnancyStatus;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * Reads the rule files of config/formulary and checks every row against the formulary: an ingredient,
 * class or group that no product has is a typing error and stops the load, naming file, line and field.
 */
public final class CheckRulesLoader {

    /** The rule files, in the order they are read, with their required columns. */
    public enum RuleFile {
        DOSE_LIMITS("formulary/dose-limits.csv", "ingredient", "routes", "category", "min_age_years", "max_age_years",
                "min_weight_kg", "max_weight_kg", "single_max", "daily_max", "unit", "single_max_per_kg", "daily_max_per_kg", "source"),
        FREQUENCY_RULES("formulary/frequency-rules.csv", "ingredient", "routes", "allowed_frequencies", "severity", "message", "source"),
        ROUTE_RULES("formulary/route-rules.csv", "ingredient", "forbidden_routes", "severity", "message", "source"),
        RENAL_RULES("formulary/renal-rules.csv", "ingredient", "routes", "measure", "below", "action", "daily_max", "unit",
                "message", "source"),
        AGE_RULES("formulary/age-rules.csv", "ingredient", "routes", "min_age_years", "max_age_years", "severity", "message", "source"),
        PREGNANCY_RULES("formulary/pregnancy-rules.csv", "ingredient", "routes", "status", "severity", "message", "source"),
        INTERACTIONS("formulary/interactions.csv", "a", "b", "a_routes", "b_routes", "severity", "mechanism", "advice", "source"),
        ALLERGY_TERMS("formulary/allergy-terms.csv", "term", "ingredients", "allergy_class", "source"),
        CROSS_SENSITIVITY("formulary/cross-sensitivity.csv", "allergy_class", "related", "severity", "severity_if_severe_reaction",
                "message", "source"),
        DUPLICATE_GROUPS("formulary/duplicate-groups.csv", "group", "regular_with_regular", "regular_with_prn", "prn_with_prn",
                "message", "source");

        private final String path;
        private final String[] columns;

        RuleFile(String path, String... columns) {
            this.path = path;
            this.columns = columns;
        }

        public String path() {
            return path;
        }

        public String[] columns() {
            return columns.clone();
        }
    }

    private final Formulary formulary;
    private final Set<String> classes = new HashSet<>();
    private final Set<String> groups = new HashSet<>();

    private CheckRulesLoader(Formulary formulary) {
        this.formulary = formulary;
        for (Product product : formulary.products()) {
            classes.addAll(product.interactionClasses());
            classes.addAll(product.allergyClasses());
            groups.addAll(product.groups());
        }
    }

    /** @param tables one table per {@link RuleFile}, read with its required columns */
    public static CheckRules load(Formulary formulary, Function<RuleFile, CsvTable> tables) {
        return new CheckRulesLoader(formulary).read(tables);
    }

    private CheckRules read(Function<RuleFile, CsvTable> tables) {
        return new CheckRules(
                rows(tables.apply(RuleFile.DOSE_LIMITS), this::doseLimit),
                rows(tables.apply(RuleFile.FREQUENCY_RULES), r -> new CheckRules.FrequencyRule(ingredient(r, "ingredient"),
                        routes(r, "routes"), nonEmpty(r, "allowed_frequencies", r.choices("allowed_frequencies", Frequency.class)),
                        severity(r, "severity"), r.text("message"), source(r))),
                rows(tables.apply(RuleFile.ROUTE_RULES), r -> new CheckRules.RouteRule(ingredient(r, "ingredient"),
                        nonEmpty(r, "forbidden_routes", r.choices("forbidden_routes", Route.class)), severity(r, "severity"),
                        r.text("message"), source(r))),
                rows(tables.apply(RuleFile.RENAL_RULES), r -> new CheckRules.RenalRule(ingredient(r, "ingredient"),
                        routes(r, "routes"), r.choice("measure", CheckRules.RenalMeasure.class), positive(r, "below"),
                        r.choice("action", CheckRules.RenalAction.class), FormularyLoader.quantity(r, "daily_max", "unit"),
                        r.text("message"), source(r))),
                rows(tables.apply(RuleFile.AGE_RULES), r -> new CheckRules.AgeRule(ingredient(r, "ingredient"), routes(r, "routes"),
                        range(r, "min_age_years", "max_age_years"), severity(r, "severity"), r.text("message"), source(r))),
                rows(tables.apply(RuleFile.PREGNANCY_RULES), r -> new CheckRules.PregnancyRule(ingredient(r, "ingredient"),
                        routes(r, "routes"), pregnancyStatus(r), severity(r, "severity"), r.text("message"), source(r))),
                rows(tables.apply(RuleFile.INTERACTIONS), r -> new CheckRules.InteractionRule(drug(r, "a"), drug(r, "b"),
                        r.choices("a_routes", Route.class), r.choices("b_routes", Route.class), severity(r, "severity"),
                        sentence(r.text("mechanism")), sentence(r.text("advice")), source(r))),
                rows(tables.apply(RuleFile.ALLERGY_TERMS), this::allergyTerm),
                rows(tables.apply(RuleFile.CROSS_SENSITIVITY), r -> new CheckRules.CrossSensitivity(knownClass(r, "allergy_class"),
                        drug(r, "related"), severity(r, "severity"), optionalSeverity(r, "severity_if_severe_reaction"),
                        r.text("message"), source(r))),
                rows(tables.apply(RuleFile.DUPLICATE_GROUPS), r -> new CheckRules.DuplicateGroup(knownGroup(r, "group"),
                        optionalSeverity(r, "regular_with_regular"), optionalSeverity(r, "regular_with_prn"),
                        optionalSeverity(r, "prn_with_prn"), r.text("message"), source(r))));
    }

    private static <T> List<T> rows(CsvTable table, Function<CsvTable.Row, T> reader) {
        List<T> rules = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            rules.add(reader.apply(row));
        }
        return rules;
    }

    private CheckRules.DoseLimit doseLimit(CsvTable.Row r) {
        Quantity singleMax = FormularyLoader.quantity(r, "single_max", "unit");
        Quantity dailyMax = FormularyLoader.quantity(r, "daily_max", "unit");
        Quantity singlePerKg = FormularyLoader.quantity(r, "single_max_per_kg", "unit");
        Quantity dailyPerKg = FormularyLoader.quantity(r, "daily_max_per_kg", "unit");
        if (singleMax == null && dailyMax == null && singlePerKg == null && dailyPerKg == null) {
            throw r.problem("single_max", "a dose limit needs at least one maximum");
        }
        return new CheckRules.DoseLimit(ingredient(r, "ingredient"), routes(r, "routes"),
                r.choice("category", CheckRules.LimitKind.class), range(r, "min_age_years", "max_age_years"),
                range(r, "min_weight_kg", "max_weight_kg"), singleMax, dailyMax, singlePerKg, dailyPerKg, source(r));
    }

    private CheckRules.AllergyTerm allergyTerm(CsvTable.Row r) {
        Set<String> ingredients = new HashSet<>();
        for (String name : r.list("ingredients")) {
            ingredients.add(knownIngredient(r, "ingredients", name));
        }
        String allergyClass = r.optional("allergy_class") == null ? null : knownClass(r, "allergy_class");
        return new CheckRules.AllergyTerm(r.text("term"), ingredients, allergyClass, source(r));
    }

    private String ingredient(CsvTable.Row r, String column) {
        return knownIngredient(r, column, r.text(column));
    }

    private String knownIngredient(CsvTable.Row r, String column, String name) {
        String ingredient = name.strip().toLowerCase(Locale.ROOT);
        if (!formulary.ingredients().contains(ingredient)) {
            throw r.problem(column, "'" + name + "' is not an ingredient of any product in " + FormularyLoader.FILE);
        }
        return ingredient;
    }

    private String knownClass(CsvTable.Row r, String column) {
        String name = r.text(column).toUpperCase(Locale.ROOT);
        if (!classes.contains(name)) {
            throw r.problem(column, "no product in " + FormularyLoader.FILE + " has the class " + name);
        }
        return name;
    }

    private String knownGroup(CsvTable.Row r, String column) {
        String name = r.text(column).toUpperCase(Locale.ROOT);
        if (!groups.contains(name)) {
            throw r.problem(column, "no product in " + FormularyLoader.FILE + " is in the group " + name);
        }
        return name;
    }

    private DrugMatcher drug(CsvTable.Row r, String column) {
        DrugMatcher drug = DrugMatcher.parse(r.text(column));
        switch (drug.kind()) {
            case INGREDIENT -> knownIngredient(r, column, drug.name());
            case CLASS -> {
                if (!classes.contains(drug.name())) {
                    throw r.problem(column, "no product in " + FormularyLoader.FILE + " has the class " + drug.name());
                }
            }
            case GROUP -> {
                if (!groups.contains(drug.name())) {
                    throw r.problem(column, "no product in " + FormularyLoader.FILE + " is in the group " + drug.name());
                }
            }
        }
        return drug;
    }

    private static Set<Route> routes(CsvTable.Row r, String column) {
        return nonEmpty(r, column, r.choices(column, Route.class));
    }

    private static <T> Set<T> nonEmpty(CsvTable.Row r, String column, Set<T> values) {
        if (values.isEmpty()) {
            throw r.problem(column, "is required");
        }
        return values;
    }

    private static Severity severity(CsvTable.Row r, String column) {
        return r.choice(column, Severity.class);
    }

    /** A severity, or NONE / empty for "does not alert". */
    private static Severity optionalSeverity(CsvTable.Row r, String column) {
        String value = r.optional(column);
        return value == null || value.equalsIgnoreCase("NONE") ? null : severity(r, column);
    }

    private static PregnancyStatus pregnancyStatus(CsvTable.Row r) {
        PregnancyStatus status = r.choice("status", PregnancyStatus.class);
        if (status != PregnancyStatus.PREGNANT && status != PregnancyStatus.BREASTFEEDING) {
            throw r.problem("status", "must be PREGNANT or BREASTFEEDING");
        }
        return status;
    }

    private static java.math.BigDecimal positive(CsvTable.Row r, String column) {
        java.math.BigDecimal value = r.decimal(column);
        if (value.signum() <= 0) {
            throw r.problem(column, "must be more than zero");
        }
        return value;
    }

    private static Range range(CsvTable.Row r, String from, String below) {
        Range range = new Range(r.optionalDecimal(from), r.optionalDecimal(below));
        if (range.from() != null && range.below() != null && range.from().compareTo(range.below()) >= 0) {
            throw r.problem(below, "must be more than " + from);
        }
        return range;
    }

    private static RuleSource source(CsvTable.Row r) {
        String file = r.source().replaceAll(".*/", "");
        return new RuleSource(file + " line " + r.line(), r.text("source"));
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t : t + ".";
    }
}
