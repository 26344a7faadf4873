package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;

/**
 * The rule tables the checks read, as loaded from config/formulary. Rules that name an ingredient are
 * indexed by it, so a check looks only at the rows of the ingredients in front of it.
 */
public final class CheckRules {

    /**
     * The dose limits of an ingredient by some routes for a population in an age and weight band: per dose, per
     * 24 hours and per week, absolute, per kg of the named body weight and per m² of body surface area, each with a
     * soft and a hard tier, and the usual smallest dose. All amounts are in {@code unit} (per kg or m²). A row with
     * {@code forms} is for products of those forms only (modified-release tablets), and its totals count only them.
     */
    public record DoseLimit(String ingredient, Set<Route> routes, Set<Form> forms, LimitKind kind, Population population, Range age,
                            WeightBand weight, Unit unit, BigDecimal singleMin, Tiers single, Tiers daily, Tiers weekly,
                            Tiers singlePerKg, Tiers dailyPerKg, WeightBasis weightBasis, Tiers singlePerM2, RuleSource rule) {

        public boolean needsWeight() {
            return !singlePerKg.isEmpty() || !dailyPerKg.isEmpty() || !singlePerM2.isEmpty() || !weight.isOpen();
        }

        /** Whether the row limits the dose from above at all (a row may hold only a usual minimum). */
        public boolean hasMaximum() {
            return !single.isEmpty() || !daily.isEmpty() || !weekly.isEmpty() || !singlePerKg.isEmpty() || !dailyPerKg.isEmpty()
                    || !singlePerM2.isEmpty();
        }

        public boolean needsHeight() {
            return !singlePerM2.isEmpty() || ((!singlePerKg.isEmpty() || !dailyPerKg.isEmpty()) && weightBasis.needsHeight());
        }

        public boolean appliesTo(Product product, Route route, BigDecimal ageYears) {
            return routes.contains(route) && age.contains(ageYears) && isFor(product);
        }

        /** Whether the row is for this product's form (a row without forms is for every form). */
        public boolean isFor(Product product) {
            return forms.isEmpty() || forms.contains(product.form());
        }
    }

    /**
     * A soft limit (above it: SEVERE, overridden with a reason) and a hard one (above it: HARD_STOP); either may be
     * absent. {@code tenfold} marks a hard limit that is ten times the soft one because no ceiling was sourced:
     * a dose of ten times the soft limit or more is then the typing slip the hard tier exists for.
     */
    public record Tiers(BigDecimal soft, BigDecimal hard, boolean tenfold) {
        public static final Tiers NONE = new Tiers(null, null, false);

        public boolean isEmpty() {
            return soft == null && hard == null;
        }
    }

    /** An ingredient and routes for which no dose limit could be sourced, and why. */
    public record DoseLimitGap(String ingredient, Set<Route> routes, String reason, RuleSource rule) {
    }

    /**
     * An unlicensed route that is accepted practice for a form or an ingredient. A form row is for products licensed
     * to be swallowed (an oral liquid by feeding tube), not for one made for another route in the same form
     * (buccal midazolam).
     */
    public record AcceptedRoute(Form form, String ingredient, Set<Route> routes, Severity severity, String message,
                                RuleSource rule) {
        public boolean matches(Product product, Route route) {
            return routes.contains(route) && (form != null ? product.form() == form && product.routes().contains(Route.PO)
                    : product.contains(ingredient));
        }
    }

    /** Why a dose limit exists: the ordinary maximum, or one for low body weight, or for an age group. */
    public enum LimitKind { DOSE, WEIGHT, AGE }

    public record FrequencyRule(String ingredient, Set<Route> routes, Set<Frequency> allowed, Severity severity, String message,
                                RuleSource rule) {
    }

    /**
     * Routes that must never be used for an ingredient, or for one product ({@code subject} "product:CODE", e.g. strong
     * potassium chloride concentrate, which must never be given undiluted by any route).
     */
    public record RouteRule(String subject, Set<Route> forbidden, Severity severity, String message, RuleSource rule) {
    }

    public enum RenalMeasure { EGFR, CRCL, ANY }

    public enum RenalAction { REDUCE, AVOID, CONTRAINDICATED }

    public record RenalRule(String ingredient, Set<Route> routes, RenalMeasure measure, BigDecimal below, RenalAction action,
                            Quantity dailyMax, WeightBasis weightBasis, String message, RuleSource rule) {
    }

    public record AgeRule(String ingredient, Set<Route> routes, Range age, Severity severity, String message, RuleSource rule) {
    }

    /** Whom a pregnancy rule is for: the pregnant, the breastfeeding, or anyone who could become pregnant. */
    public enum PregnancyCondition { PREGNANT, BREASTFEEDING, CHILDBEARING_POTENTIAL }

    public record PregnancyRule(String ingredient, Set<Route> routes, PregnancyCondition condition, Severity severity,
                                String message, RuleSource rule) {
    }

    /** Two drugs that interact; {@code aDailyAbove}/{@code bDailyAbove}, when set, make it fire only above that daily dose. */
    public record InteractionRule(DrugMatcher a, DrugMatcher b, Set<Route> aRoutes, Set<Route> bRoutes, Quantity aDailyAbove,
                                  Quantity bDailyAbove, Severity severity, String mechanism, String advice, RuleSource rule) {
    }

    /**
     * What a recorded allergy's words mean: ingredients and/or an allergy class; neither for a non-drug allergy, whose
     * category then says what it is (food, environmental …).
     */
    public record AllergyTerm(String term, Set<String> ingredients, String allergyClass, AllergenCategory category,
                              RuleSource rule) {
        public boolean isDrug() {
            return !ingredients.isEmpty() || allergyClass != null;
        }
    }

    public record CrossSensitivity(String allergyClass, DrugMatcher related, Severity severity, Severity ifSevereReaction,
                                   String message, RuleSource rule) {
    }

    /** How a second order in a therapeutic group alerts, by whether each order is regular or as needed (null: not at all). */
    public record DuplicateGroup(String group, Severity regularWithRegular, Severity regularWithPrn, Severity prnWithPrn,
                                 String message, RuleSource rule) {
    }

    /** How route-rules.csv names one product rather than an ingredient. */
    public static final String PRODUCT_PREFIX = "product:";

    private final Map<String, List<DoseLimit>> doseLimits;
    private final Map<String, List<DoseLimitGap>> doseLimitGaps;
    private final List<AcceptedRoute> acceptedRoutes;
    private final Map<String, List<FrequencyRule>> frequencyRules;
    private final Map<String, List<RouteRule>> routeRules;
    private final Map<String, List<RenalRule>> renalRules;
    private final Map<String, List<AgeRule>> ageRules;
    private final Map<String, List<PregnancyRule>> pregnancyRules;
    private final List<InteractionRule> interactions;
    private final Map<String, AllergyTerm> allergyTerms;
    private final List<CrossSensitivity> crossSensitivities;
    private final Map<String, DuplicateGroup> duplicateGroups;

    public CheckRules(List<DoseLimit> doseLimits, List<FrequencyRule> frequencyRules, List<RouteRule> routeRules,
                      List<RenalRule> renalRules, List<AgeRule> ageRules, List<PregnancyRule> pregnancyRules,
                      List<InteractionRule> interactions, List<AllergyTerm> allergyTerms,
                      List<CrossSensitivity> crossSensitivities, List<DuplicateGroup> duplicateGroups,
                      List<DoseLimitGap> doseLimitGaps, List<AcceptedRoute> acceptedRoutes) {
        this.doseLimits = doseLimits.stream().collect(Collectors.groupingBy(DoseLimit::ingredient));
        this.doseLimitGaps = doseLimitGaps.stream().collect(Collectors.groupingBy(DoseLimitGap::ingredient));
        this.acceptedRoutes = List.copyOf(acceptedRoutes);
        this.frequencyRules = frequencyRules.stream().collect(Collectors.groupingBy(FrequencyRule::ingredient));
        this.routeRules = routeRules.stream().collect(Collectors.groupingBy(RouteRule::subject));
        this.renalRules = renalRules.stream().collect(Collectors.groupingBy(RenalRule::ingredient));
        this.ageRules = ageRules.stream().collect(Collectors.groupingBy(AgeRule::ingredient));
        this.pregnancyRules = pregnancyRules.stream().collect(Collectors.groupingBy(PregnancyRule::ingredient));
        this.interactions = List.copyOf(interactions);
        this.allergyTerms = allergyTerms.stream().collect(Collectors.toMap(t -> normalise(t.term()), t -> t, (a, b) -> a));
        this.crossSensitivities = List.copyOf(crossSensitivities);
        this.duplicateGroups = duplicateGroups.stream().collect(Collectors.toMap(DuplicateGroup::group, g -> g, (a, b) -> a));
    }

    static String normalise(String term) {
        return term.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    public List<DoseLimit> doseLimits(String ingredient) { return doseLimits.getOrDefault(ingredient, List.of()); }
    public List<DoseLimitGap> doseLimitGaps(String ingredient) { return doseLimitGaps.getOrDefault(ingredient, List.of()); }
    /**
     * The accepted-practice row for giving a product by a route it is not licensed for, if any. A modified-release
     * form is never accepted down a feeding tube: crushing it gives the whole dose at once.
     */
    public Optional<AcceptedRoute> acceptedRoute(Product product, Route route) {
        boolean tube = route == Route.NG || route == Route.PEG;
        if (product.routes().contains(route) || (tube && (product.form() == Form.MR_TABLET || product.form() == Form.MR_CAPSULE))) {
            return Optional.empty();
        }
        return acceptedRoutes.stream().filter(a -> a.matches(product, route)).findFirst();
    }

    /** The routes a product is not licensed for but may be given by in accepted practice. */
    public List<Route> acceptedRoutes(Product product) {
        return java.util.Arrays.stream(Route.values()).filter(r -> acceptedRoute(product, r).isPresent()).toList();
    }
    public List<FrequencyRule> frequencyRules(String ingredient) { return frequencyRules.getOrDefault(ingredient, List.of()); }
    public List<RouteRule> routeRules(String ingredient) { return routeRules.getOrDefault(ingredient, List.of()); }
    public List<RouteRule> productRouteRules(String productCode) {
        return routeRules.getOrDefault(PRODUCT_PREFIX + productCode, List.of());
    }
    public List<RenalRule> renalRules(String ingredient) { return renalRules.getOrDefault(ingredient, List.of()); }
    public List<AgeRule> ageRules(String ingredient) { return ageRules.getOrDefault(ingredient, List.of()); }
    public List<PregnancyRule> pregnancyRules(String ingredient) { return pregnancyRules.getOrDefault(ingredient, List.of()); }
    public List<InteractionRule> interactions() { return interactions; }
    public List<CrossSensitivity> crossSensitivities() { return crossSensitivities; }
    public Optional<DuplicateGroup> duplicateGroup(String group) { return Optional.ofNullable(duplicateGroups.get(group)); }
    public Optional<AllergyTerm> allergyTerm(String words) { return Optional.ofNullable(allergyTerms.get(normalise(words))); }

    public int size() {
        return count(doseLimits) + count(doseLimitGaps) + acceptedRoutes.size() + count(frequencyRules) + count(routeRules) + count(renalRules) + count(ageRules)
                + count(pregnancyRules) + interactions.size() + allergyTerms.size() + crossSensitivities.size()
                + duplicateGroups.size();
    }

    public int interactionCount() {
        return interactions.size();
    }

    private static int count(Map<String, ? extends List<?>> rows) {
        return rows.values().stream().mapToInt(List::size).sum();
    }
}
