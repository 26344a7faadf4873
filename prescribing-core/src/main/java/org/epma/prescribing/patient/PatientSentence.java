package org.epma.prescribing.patient;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a patient's record, measurements and allergies as sent, as message keys with their arguments. */
public enum PatientSentence implements Phrase {
    BIRTH_IN_FUTURE("refusal.patient.birthInFuture"),
    BIRTH_DATE_NEEDED("refusal.patient.birthDateNeeded"),
    BIRTH_DATE_KEPT("refusal.patient.birthDateKept"),
    TEXT_EMPTY("refusal.patient.textEmpty", "field"),
    MERGE_INTO_SELF("refusal.patient.mergeIntoSelf"),
    NHS_NUMBER_DIGITS("refusal.patient.nhsNumberDigits"),
    NHS_NUMBER_CHECK("refusal.patient.nhsNumberCheck", "number"),
    HOSPITAL_NUMBER_FORM("refusal.patient.hospitalNumberForm"),
    SAY_WHAT_MEASURED("refusal.patient.sayWhatMeasured"),
    GIVE_MEASURED_VALUE("refusal.patient.giveMeasuredValue"),
    MEASUREMENT_RANGE("refusal.patient.measurementRange", "kind", "least", "most"),
    MEASUREMENT_MORE_THAN_ZERO("refusal.patient.measurementMoreThanZero", "kind"),
    MEASURED_AFTER_RECORDED("refusal.patient.measuredAfterRecorded"),
    PREGNANCY_STATUS_NEEDED("refusal.patient.pregnancyStatusNeeded"),
    PREGNANCY_FEMALE_ONLY("refusal.patient.pregnancyFemaleOnly"),
    ALLERGY_SUBSTANCE_NEEDED("refusal.patient.allergySubstanceNeeded"),
    HOSPITAL_NUMBER_TAKEN("refusal.patient.hospitalNumberTaken", "number"),
    NHS_NUMBER_TAKEN("refusal.patient.nhsNumberTaken", "number"),
    ALLERGIES_RECORDED("refusal.patient.allergiesRecorded");

    private final String key;
    private final List<String> argNames;

    PatientSentence(String key, String... argNames) {
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
