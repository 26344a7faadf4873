package org.epma.prescribing.checks;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/**
 * The sentences of the order-check alerts as message keys with the names of their arguments, so a screen words an
 * alert in the prescriber's language. Names of medicines, free text and the rule data's own sentences
 * ({@code advice}) stay as written, in English.
 */
public enum AlertSentence implements Phrase {
    ALLERGY_STATUS_MISSING("alertText.allergyStatusMissing"),
    ALLERGY_CONTAINS("alertText.allergyContains", "substance", "reaction", "product", "ingredient"),
    ALLERGY_CLASS("alertText.allergyClass", "substance", "reaction", "product", "allergyClass"),
    ALLERGY_UNKNOWN_TERM("alertText.allergyUnknownTerm", "substance", "product"),
    CROSS_SENSITIVITY("alertText.crossSensitivity", "substance", "reaction", "product", "advice"),
    DOSE_UNIT_NOT_A_MEASURE("alertText.doseUnitNotAMeasure", "unit", "product"),
    NO_WEIGHT("alertText.noWeight", "ingredient"),
    LIMIT_IN_OTHER_UNIT("alertText.limitInOtherUnit", "dose", "ingredient", "unit", "source"),
    NO_HEIGHT_FOR_WEIGHT("alertText.noHeightForWeight", "ingredient", "weightBasis"),
    NO_HEIGHT_FOR_SURFACE_AREA("alertText.noHeightForSurfaceArea", "ingredient"),
    BELOW_MINIMUM("alertText.belowMinimum", "subject", "limit", "basis"),
    NO_PRN_MAXIMUM("alertText.noPrnMaximum", "order", "ingredient"),
    TOTAL_IN_OTHER_UNIT("alertText.totalInOtherUnit", "ingredient", "order", "unit"),
    ABOVE_MAXIMUM("alertText.aboveMaximum", "subject", "limit", "per", "basis"),
    ABOVE_HARD_LIMIT("alertText.aboveHardLimit", "subject", "limit", "per", "basis"),
    TENFOLD("alertText.tenfold", "subject", "limit", "per", "basis"),
    ABOVE_OPIOID_NAIVE_MAXIMUM("alertText.aboveOpioidNaiveMaximum", "subject", "limit", "per", "basis"),
    TENFOLD_OPIOID_NAIVE("alertText.tenfoldOpioidNaive", "subject", "limit", "per", "basis"),
    NO_DOSE_CHECK("alertText.noDoseCheck", "ingredient", "route", "who", "why"),
    IMPLAUSIBLE_COUNT("alertText.implausibleCount", "dose", "order", "count", "what", "product", "most"),
    IMPLAUSIBLE_COUNT_HARD("alertText.implausibleCountHard", "dose", "order", "count", "what", "product", "most"),
    THOUSAND_TIMES("alertText.thousandTimes", "dose", "ingredient", "product", "strength"),
    THOUSANDTH("alertText.thousandth", "dose", "ingredient", "product", "strength"),
    SAME_INGREDIENT("alertText.sameIngredient", "order", "ingredient"),
    SAME_GROUP("alertText.sameGroup", "order", "group", "advice"),
    INTERACTION("alertText.interaction", "medicine", "other", "advice"),
    RULE("alertText.rule", "advice"),
    NO_RENAL_FUNCTION("alertText.noRenalFunction", "ingredient"),
    CLEARANCE_NEEDED("alertText.clearanceNeeded", "ingredient"),
    RENAL("alertText.renal", "renal", "advice", "note"),
    NO_PREGNANCY_STATUS("alertText.noPregnancyStatus", "ingredient"),
    ORAL_BY_INJECTION("alertText.oralByInjection", "product", "route"),
    LICENSED_FOR_OTHER_ROUTES("alertText.licensedForOtherRoutes", "product", "licensed", "route", "advice"),
    NOT_BY_ROUTE("alertText.notByRoute", "product", "route", "licensed"),
    FREQUENCY("alertText.frequency", "ingredient", "frequency", "advice"),
    // parts of the dose sentences above
    SINGLE_DOSE("alertText.part.singleDose", "dose", "ingredient", "order"),
    SINGLE_DOSE_RANGE_TOP("alertText.part.singleDoseRangeTop", "dose", "ingredient", "order"),
    TOTAL_DOSE("alertText.part.totalDose", "ingredient", "period", "total", "orders"),
    FROM_ALL_ORDERS("alertText.part.fromAllOrders", "orders"),
    PER_PERIOD("alertText.part.perPeriod", "period"),
    DAY("alertText.part.day"),
    WEEK("alertText.part.week"),
    FOR_THIS_AGE("alertText.part.forThisAge"),
    FOR_THIS_AGE_AND_WEIGHT("alertText.part.forThisAgeAndWeight"),
    NO_LIMIT_IN_DATA("alertText.part.noLimitInData");

    private final String key;
    private final List<String> argNames;

    AlertSentence(String key, String... argNames) {
        this.key = key;
        this.argNames = List.of(argNames);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<String> argNames() {
        return argNames;
    }
}
