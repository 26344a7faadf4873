package org.epma.web.api;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a request that the web layer checks itself (a parameter's form, a body that did not come), as message keys with their arguments. */
public enum RequestSentence implements Phrase {
    NOT_ONE_OF("refusal.request.notOneOf", "value", "codes"),
    NOT_AN_INSTANT("refusal.request.notAnInstant", "value"),
    NOT_A_DAY("refusal.request.notADay", "value"),
    NOT_A_WHOLE_NUMBER("refusal.request.notAWholeNumber", "value"),
    NOT_A_PATIENT_ID("refusal.request.notAPatientId", "value"),
    TO_OR_DAYS("refusal.request.toOrDays"),
    NULL_IN_LIST("refusal.request.nullInList"),
    NESTED_TOO_DEEP("refusal.request.nestedTooDeep", "most"),
    TEXT_TOO_LONG("refusal.request.textTooLong", "most"),
    TEXT_HOLDS_NUL("refusal.request.textHoldsNul"),
    DATE_OUT_OF_RANGE("refusal.request.dateOutOfRange", "earliest", "latest"),
    NUMBER_OUT_OF_BOUNDS("refusal.request.numberOutOfBounds", "digits", "places"),
    SEND_NEW_USER("refusal.request.sendNewUser"),
    CONFIRM_WITH_OWN_PASSWORD("refusal.request.confirmWithOwnPassword"),
    DISABLE_REASON_NEEDED("refusal.request.disableReasonNeeded"),
    GIVE_A_PASSWORD("refusal.request.giveAPassword"),
    SAY_PATIENT_AND_ORDER("refusal.request.sayPatientAndOrder"),
    SEND_SCANS("refusal.request.sendScans"),
    SAY_WHICH_ORDER("refusal.request.sayWhichOrder"),
    SAY_WHICH_PATIENT("refusal.request.sayWhichPatient"),
    GIVE_THE_REASON("refusal.request.giveTheReason"),
    ENTER_USERNAME("refusal.request.enterUsername"),
    ENTER_PASSWORD("refusal.request.enterPassword"),
    ENTER_CURRENT_PASSWORD("refusal.request.enterCurrentPassword"),
    ENTER_NEW_PASSWORD("refusal.request.enterNewPassword"),
    GIVE_THE_WARD("refusal.request.giveTheWard"),
    GIVE_HOSPITAL_NUMBER("refusal.request.giveHospitalNumber"),
    GIVE_DATE_OF_BIRTH("refusal.request.giveDateOfBirth"),
    GIVE_NUMBER_TO_FIND("refusal.request.giveNumberToFind"),
    SEND_MEASUREMENT("refusal.request.sendMeasurement"),
    SEND_ALLERGY("refusal.request.sendAllergy"),
    NO_KNOWN_ALLERGIES_ONLY("refusal.request.noKnownAllergiesOnly");

    private final String key;
    private final List<String> argNames;

    RequestSentence(String key, String... argNames) {
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
