package org.epma.prescribing.administration;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/**
 * The sentences of the bedside check (its stops, {@link Stop}, and its refusals of a record as sent), as message keys
 * with the names of their arguments.
 */
public enum StopSentence implements Phrase {
    LATE_ENTRY("stopText.lateEntry", "time"),
    EXPIRED("stopText.expired", "expiry"),
    WRONG_ROUTE("stopText.wrongRoute", "ordered", "given"),
    WITNESS_REQUIRED("stopText.witnessRequired", "product", "schedule"),
    SECOND_CHECK_REQUIRED("stopText.secondCheckRequired", "product", "reason"),
    WITNESS_SAME_PERSON("stopText.witnessSamePerson"),
    WITNESS_NOT_ACCEPTED("stopText.witnessNotAccepted"),
    WRISTBAND_UNREADABLE("stopText.wristbandUnreadable", "reason"),
    NOT_A_WRISTBAND("stopText.notAWristband"),
    OTHER_PATIENT("stopText.otherPatient", "other", "otherNumber", "patient", "number"),
    UNKNOWN_WRISTBAND("stopText.unknownWristband", "otherNumber", "patient", "number"),
    PRODUCT_UNREADABLE("stopText.productUnreadable", "reason"),
    NOT_A_MEDICINE("stopText.notAMedicine"),
    NOT_IN_FORMULARY("stopText.notInFormulary", "gtin"),
    WRONG_STRENGTH("stopText.wrongStrength", "scanned", "ordered"),
    NOT_THIS_ORDER("stopText.notThisOrder", "scanned", "ordered"),
    NOT_ORDERED_FOR_PATIENT("stopText.notOrderedForPatient", "product", "patient"),
    NOT_VERIFIED("stopText.notVerified"),
    ORDER_CHANGED("stopText.orderChanged"),
    ORDER_NOT_ACTIVE("stopText.orderNotActive", "status"),
    NOT_DUE("stopText.notDue", "time", "opens"),
    OVERDUE("stopText.overdue", "time", "closes"),
    PRN_INTERVAL("stopText.prnInterval", "last", "next"),
    PRN_MAXIMUM("stopText.prnMaximum", "count", "maximum", "next"),
    PRN_OVER_MAXIMUM("stopText.prnOverMaximum", "count", "maximum", "next"),
    DOSE_UNIT("stopText.doseUnit", "unit", "given"),
    DOSE_NOT_PRESCRIBED("stopText.doseNotPrescribed", "given", "prescribed"),
    DOSE_OUTSIDE_RANGE("stopText.doseOutsideRange", "given", "range"),
    RANGE_AMOUNT_NEEDED("stopText.rangeAmountNeeded", "range"),
    ALREADY_GIVEN("stopText.alreadyGiven", "by", "time"),
    ALREADY_NOT_GIVEN("stopText.alreadyNotGiven", "by", "time"),
    TIME_TO_COME("stopText.timeToCome"),
    SITE_NEEDED("stopText.siteNeeded"),
    PRN_REASON_NEEDED("stopText.prnReasonNeeded"),
    NO_WITNESS_NEEDED("stopText.noWitnessNeeded", "product"),
    WITNESS_SIGNS_IN("stopText.witnessSignsIn"),
    // the refusals of a record as sent: a field missing or out of range
    SAY_OUTCOME("stopText.sayOutcome"),
    PRN_ONLY_GIVEN("stopText.prnOnlyGiven"),
    NOT_GIVEN_NO_WITNESS("stopText.notGivenNoWitness"),
    PRN_NOT_SCHEDULED("stopText.prnNotScheduled"),
    SAY_SCHEDULED_DOSE("stopText.sayScheduledDose"),
    NO_DOSE_SCHEDULED_AT("stopText.noDoseScheduledAt", "time"),
    DOSE_MORE_THAN_ZERO("stopText.doseMoreThanZero"),
    UNKNOWN_UNIT("stopText.unknownUnit", "value"),
    SAY_HOW_IDENTIFIED("stopText.sayHowIdentified"),
    MANUAL_REASON_NEEDED("stopText.manualReasonNeeded"),
    NOT_GIVEN_REASON_NEEDED("stopText.notGivenReasonNeeded"),
    NOT_GIVEN_NOTE_NEEDED("stopText.notGivenNoteNeeded", "reason"),
    SCANNED_NOT_FOR_ORDER("stopText.scannedNotForOrder", "order"),
    IN_ERROR_REASON_NEEDED("stopText.inErrorReasonNeeded"),
    EFFECT_NEEDED("stopText.effectNeeded"),
    IDEMPOTENCY_KEY_NEEDED("stopText.idempotencyKeyNeeded"),
    CHART_PERIOD("stopText.chartPeriod", "days"),
    CHART_DAYS("stopText.chartDays", "days"),
    // a clock time with its day, inside the as-needed sentences
    TIME_TODAY("time.today", "time"),
    TIME_YESTERDAY("time.yesterday", "time"),
    TIME_TOMORROW("time.tomorrow", "time"),
    TIME_ON_DATE("time.onDate", "time", "date");

    private final String key;
    private final List<String> argNames;

    StopSentence(String key, String... argNames) {
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
