package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.order.Frequency;
import org.epma.prescribing.patient.PregnancyStatus;

/**
 * The rule tables the checks read, as loaded from config/formulary. Rules that name an ingredient are
 * indexed by it, so a check looks only at the rows of the ingredients in front of it.
 */
public final class CheckRules {

    /** A maximum dose of an ingredient by some routes for patients of an age and weight band. */
    public record DoseLimit(String ingredient, Set<Route> routes, LimitKind kind, Range age, Range weight, Quantity singleMax,
                            Quantity dailyMax, Quantity singleMaxPerKg, Quantity dailyMaxPerKg, RuleSource rule) {
        public boolean needsWeight() {
            return singleMaxPerKg != null || dailyMaxPerKg != null || !weight.isOpen();
        }
    }

    /** Why a dose limit exists: the ordinary maximum, or one for low body weight, or for an age group. */
    public enum LimitKind { DOSE, WEIGHT, AGE }

    public record FrequencyRule(String ingredient, Set<Route> routes, Set<Frequency> allowed, Severity severity, String message,
                                RuleSource rule) {
    }

    public record RouteRule(String ingredient, Set<Route> forbidden, Severity severity, String message, RuleSource rule) {
    }

    public enum RenalMeasure { EGFR, CRCL, ANY }

    public enum RenalAction { REDUCE, AVOID, CONTRAINDICATED }

    public record RenalRule(String ingredient, Set<Route> routes, RenalMeasure measure, BigDecimal below, RenalAction action,
                            Quantity dailyMax, String message, RuleSource rule) {
    }

    public record AgeRule(String ingredient, Set<Route> routes, Range age, Severity severity, String message, RuleSource rule) {
    }

    public record PregnancyRule(String ingredient, Set<Route> routes, PregnancyStatus status, Severity severity, String message,
                                RuleSource rule) {
    }

    public record InteractionRule(DrugMatcher a, DrugMatcher b, Set<Route> aRoutes, Set<Route> bRoutes, Severity severity,
                                  String mechanism, String advice, RuleSource rule) {
    }

    /** What a recorded allergy's words mean: ingredients and/or an allergy class; neither for a non-drug allergy. */
    public record AllergyTerm(String term, Set<String> ingredients, String allergyClass, RuleSource rule) {
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

    private final Map<String, List<DoseLimit>> doseLimits;
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
                      List<CrossSensitivity> crossSensitivities, List<DuplicateGroup> duplicateGroups) {
        this.doseLimits = doseLimits.stream().collect(Collectors.groupingBy(DoseLimit::ingredient));
        this.frequencyRules = frequencyRules.stream().collect(Collectors.groupingBy(FrequencyRule::ingredient));
        this.routeRules = routeRules.stream().collect(Collectors.groupingBy(RouteRule::ingredient));
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
    public List<FrequencyRule> frequencyRules(String ingredient) { return frequencyRules.getOrDefault(ingredient, List.of()); }
    public List<RouteRule> routeRules(String ingredient) { return routeRules.getOrDefault(ingredient, List.of()); }
    public List<RenalRule> renalRules(String ingredient) { return renalRules.getOrDefault(ingredient, List.of()); }
    public List<AgeRule> ageRules(String ingredient) { return ageRules.getOrDefault(ingredient, List.of()); }
    public List<PregnancyRule> pregnancyRules(String ingredient) { return pregnancyRules.getOrDefault(ingredient, List.of()); }
    public List<InteractionRule> interactions() { return interactions; }
    public List<CrossSensitivity> crossSensitivities() { return crossSensitivities; }
    public Optional<DuplicateGroup> duplicateGroup(String group) { return Optional.ofNullable(duplicateGroups.get(group)); }
    public Optional<AllergyTerm> allergyTerm(String words) { return Optional.ofNullable(allergyTerms.get(normalise(words))); }

    public int size() {
        return count(doseLimits) + count(frequencyRules) + count(routeRules) + count(renalRules) + count(ageRules)
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
