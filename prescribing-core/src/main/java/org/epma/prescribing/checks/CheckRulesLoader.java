package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.FormularyLoader;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * Reads the rule files of config/formulary and checks every row against the formulary: an ingredient,
 * class or group that no product has is a typing error and stops the load, naming file, line and field.
 */
public final class CheckRulesLoader {

    /** The rule files, in the order they are read, with their required columns. */
    public enum RuleFile {
        DOSE_LIMITS("formulary/dose-limits.csv", "ingredient", "routes", "forms", "category", "population", "min_age_years",
                "max_age_years", "min_weight_kg", "max_weight_kg", "unit", "single_min", "single_max", "single_hard", "daily_max",
                "daily_hard", "weekly_max", "weekly_hard", "single_max_per_kg", "single_hard_per_kg", "daily_max_per_kg",
                "daily_hard_per_kg", "weight_basis", "single_max_per_m2", "single_hard_per_m2", "source"),
        DOSE_LIMIT_GAPS("formulary/dose-limit-gaps.csv", "ingredient", "routes", "reason", "source"),
        ACCEPTED_ROUTES("formulary/accepted-routes.csv", "applies_to", "routes", "severity", "message", "source"),
        FREQUENCY_RULES("formulary/frequency-rules.csv", "ingredient", "routes", "allowed_frequencies", "severity", "message", "source"),
        ROUTE_RULES("formulary/route-rules.csv", "ingredient", "forbidden_routes", "severity", "message", "source"),
        RENAL_RULES("formulary/renal-rules.csv", "ingredient", "routes", "measure", "below", "action", "daily_max", "unit",
                "weight_basis", "message", "source"),
        AGE_RULES("formulary/age-rules.csv", "ingredient", "routes", "min_age_years", "max_age_years", "severity", "message", "source"),
        PREGNANCY_RULES("formulary/pregnancy-rules.csv", "ingredient", "routes", "status", "severity", "message", "source"),
        INTERACTIONS("formulary/interactions.csv", "a", "b", "a_routes", "b_routes", "a_daily_above", "b_daily_above", "severity",
                "mechanism", "advice", "source"),
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
                rows(tables.apply(RuleFile.ROUTE_RULES), r -> new CheckRules.RouteRule(routeSubject(r),
                        nonEmpty(r, "forbidden_routes", r.choices("forbidden_routes", Route.class)), severity(r, "severity"),
                        r.text("message"), source(r))),
                rows(tables.apply(RuleFile.RENAL_RULES), r -> new CheckRules.RenalRule(ingredient(r, "ingredient"),
                        routes(r, "routes"), r.choice("measure", CheckRules.RenalMeasure.class), positive(r, "below"),
                        r.choice("action", CheckRules.RenalAction.class), FormularyLoader.quantity(r, "daily_max", "unit"),
                        weightBasis(r), r.text("message"), source(r))),
                rows(tables.apply(RuleFile.AGE_RULES), r -> new CheckRules.AgeRule(ingredient(r, "ingredient"), routes(r, "routes"),
                        range(r, "min_age_years", "max_age_years"), severity(r, "severity"), r.text("message"), source(r))),
                rows(tables.apply(RuleFile.PREGNANCY_RULES), r -> new CheckRules.PregnancyRule(ingredient(r, "ingredient"),
                        routes(r, "routes"), r.choice("status", CheckRules.PregnancyCondition.class), severity(r, "severity"),
                        r.text("message"), source(r))),
                rows(tables.apply(RuleFile.INTERACTIONS), r -> new CheckRules.InteractionRule(drug(r, "a"), drug(r, "b"),
                        r.choices("a_routes", Route.class), r.choices("b_routes", Route.class), dailyAbove(r, "a_daily_above"),
                        dailyAbove(r, "b_daily_above"), severity(r, "severity"),
                        sentence(r.text("mechanism")), sentence(r.text("advice")), source(r))),
                rows(tables.apply(RuleFile.ALLERGY_TERMS), this::allergyTerm),
                rows(tables.apply(RuleFile.CROSS_SENSITIVITY), r -> new CheckRules.CrossSensitivity(knownClass(r, "allergy_class"),
                        drug(r, "related"), severity(r, "severity"), optionalSeverity(r, "severity_if_severe_reaction"),
                        r.text("message"), source(r))),
                rows(tables.apply(RuleFile.DUPLICATE_GROUPS), r -> new CheckRules.DuplicateGroup(knownGroup(r, "group"),
                        optionalSeverity(r, "regular_with_regular"), optionalSeverity(r, "regular_with_prn"),
                        optionalSeverity(r, "prn_with_prn"), r.text("message"), source(r))),
                rows(tables.apply(RuleFile.DOSE_LIMIT_GAPS), r -> new CheckRules.DoseLimitGap(ingredient(r, "ingredient"),
                        routes(r, "routes"), sentence(r.text("reason")), source(r))),
                rows(tables.apply(RuleFile.ACCEPTED_ROUTES), this::acceptedRoute));
    }

    private static <T> List<T> rows(CsvTable table, Function<CsvTable.Row, T> reader) {
        List<T> rules = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            rules.add(reader.apply(row));
        }
        return rules;
    }

    private CheckRules.DoseLimit doseLimit(CsvTable.Row r) {
        Population population = r.optional("population") == null ? Population.ALL : r.choice("population", Population.class);
        Unit unit = Unit.parse(r.text("unit")).orElseThrow(() -> r.problem("unit", "'" + r.text("unit") + "' is not a unit"));
        CheckRules.DoseLimit limit = new CheckRules.DoseLimit(ingredient(r, "ingredient"), routes(r, "routes"),
                r.choices("forms", Form.class), r.choice("category", CheckRules.LimitKind.class), population, range(r, "min_age_years", "max_age_years"),
                weightBand(r), unit, positiveOrNull(r, "single_min"), tiers(r, population, "single_max", "single_hard"),
                tiers(r, population, "daily_max", "daily_hard"), tiers(r, population, "weekly_max", "weekly_hard"),
                tiers(r, population, "single_max_per_kg", "single_hard_per_kg"),
                tiers(r, population, "daily_max_per_kg", "daily_hard_per_kg"), weightBasis(r),
                tiers(r, population, "single_max_per_m2", "single_hard_per_m2"), source(r));
        if (limit.single().isEmpty() && limit.daily().isEmpty() && limit.weekly().isEmpty() && limit.singlePerKg().isEmpty()
                && limit.dailyPerKg().isEmpty() && limit.singlePerM2().isEmpty() && limit.singleMin() == null) {
            throw r.problem("single_max", "a dose limit needs at least one limit");
        }
        if (limit.singleMin() != null && limit.single().soft() != null && limit.singleMin().compareTo(limit.single().soft()) > 0) {
            throw r.problem("single_min", "must not be more than single_max");
        }
        return limit;
    }

    /** A soft and a hard limit; without a sourced hard limit, ten times the soft one (but never for opioid-naive limits). */
    private static CheckRules.Tiers tiers(CsvTable.Row r, Population population, String softColumn, String hardColumn) {
        BigDecimal soft = positiveOrNull(r, softColumn);
        BigDecimal hard = positiveOrNull(r, hardColumn);
        if (population == Population.OPIOID_NAIVE) {
            if (hard != null) {
                throw r.problem(hardColumn, "opioid-naive limits are soft only: put hard limits on a row for everyone");
            }
            return soft == null ? CheckRules.Tiers.NONE : new CheckRules.Tiers(soft, null, false);
        }
        if (soft != null && hard != null && hard.compareTo(soft) < 0) {
            throw r.problem(hardColumn, "the hard limit must not be below the soft limit " + softColumn);
        }
        if (hard == null && soft != null) {
            return new CheckRules.Tiers(soft, soft.multiply(BigDecimal.TEN), true);
        }
        return soft == null && hard == null ? CheckRules.Tiers.NONE : new CheckRules.Tiers(soft, hard, false);
    }

    private static BigDecimal positiveOrNull(CsvTable.Row r, String column) {
        return r.optional(column) == null ? null : positive(r, column);
    }

    private static WeightBand weightBand(CsvTable.Row r) {
        WeightBand band = new WeightBand(r.optionalDecimal("min_weight_kg"), r.optionalDecimal("max_weight_kg"));
        if (band.above() != null && band.upTo() != null && band.above().compareTo(band.upTo()) >= 0) {
            throw r.problem("max_weight_kg", "must be more than min_weight_kg");
        }
        return band;
    }

    private static WeightBasis weightBasis(CsvTable.Row r) {
        return r.optional("weight_basis") == null ? WeightBasis.ACTUAL : r.choice("weight_basis", WeightBasis.class);
    }

    /** "20 mg" in one cell, or nothing. */
    private static Quantity dailyAbove(CsvTable.Row r, String column) {
        String text = r.optional(column);
        if (text == null) {
            return null;
        }
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            throw r.problem(column, "'" + text + "' must be an amount and a unit, e.g. 20 mg");
        }
        return FormularyLoader.quantity(r, column, parts[0], parts[1]);
    }

    private CheckRules.AcceptedRoute acceptedRoute(CsvTable.Row r) {
        String appliesTo = r.text("applies_to").strip();
        Severity severity = severity(r, "severity");
        if (severity.compareTo(Severity.WARNING) > 0) {
            throw r.problem("severity", "an accepted route is INFO or WARNING; forbidden routes belong in route-rules.csv");
        }
        Form form = null;
        String ingredient = null;
        if (appliesTo.regionMatches(true, 0, "form:", 0, 5)) {
            try {
                form = Form.valueOf(appliesTo.substring(5).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.problem("applies_to", "'" + appliesTo + "' is not form: and one of " + java.util.Arrays.toString(Form.values()));
            }
        } else {
            ingredient = knownIngredient(r, "applies_to", appliesTo);
        }
        return new CheckRules.AcceptedRoute(form, ingredient, routes(r, "routes"), severity, sentence(r.text("message")), source(r));
    }

    private CheckRules.AllergyTerm allergyTerm(CsvTable.Row r) {
        Set<String> ingredients = new HashSet<>();
        for (String name : r.list("ingredients")) {
            ingredients.add(knownIngredient(r, "ingredients", name));
        }
        String allergyClass = r.optional("allergy_class") == null ? null : knownClass(r, "allergy_class");
        boolean drug = !ingredients.isEmpty() || allergyClass != null;
        AllergenCategory category = r.optional("category") == null ? (drug ? AllergenCategory.DRUG : AllergenCategory.MISCELLANEOUS)
                : r.choice("category", AllergenCategory.class);
        if (drug != (category == AllergenCategory.DRUG)) {
            throw r.problem("category", drug ? "a term with ingredients or an allergy class is a drug allergy: leave it empty or DRUG"
                    : "a term with neither ingredients nor an allergy class is not a drug allergy: say what it is (e.g. FOOD)");
        }
        return new CheckRules.AllergyTerm(r.text("term"), ingredients, allergyClass, category, source(r));
    }

    /** An ingredient, or "product:CODE" for one product of the formulary. */
    private String routeSubject(CsvTable.Row r) {
        String text = r.text("ingredient").strip();
        if (text.regionMatches(true, 0, CheckRules.PRODUCT_PREFIX, 0, CheckRules.PRODUCT_PREFIX.length())) {
            String code = text.substring(CheckRules.PRODUCT_PREFIX.length()).strip();
            if (formulary.product(code).isEmpty()) {
                throw r.problem("ingredient", "'" + code + "' is not a product in " + FormularyLoader.FILE);
            }
            return CheckRules.PRODUCT_PREFIX + code;
        }
        return ingredient(r, "ingredient");
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

    private static BigDecimal positive(CsvTable.Row r, String column) {
        BigDecimal value = r.decimal(column);
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
