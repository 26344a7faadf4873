package org.epma.prescribing.ward;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of an admission, a discharge or a ward's settings as sent, as message keys with their arguments. */
public enum WardSentence implements Phrase {
    BED_NOT_ON_WARD("refusal.ward.bedNotOnWard", "bed", "ward"),
    ALREADY_ENDED("refusal.ward.alreadyEnded"),
    DISCHARGE_BEFORE_ADMISSION("refusal.ward.dischargeBeforeAdmission"),
    ATTENDING_DOCTOR_FIXED("refusal.ward.attendingDoctorFixed"),
    ATTENDING_DOCTOR_NEEDS_NAME("refusal.ward.attendingDoctorNeedsName"),
    ADMISSION_TIME_NEEDED("refusal.ward.admissionTimeNeeded"),
    DOSE_WINDOW_RANGE("refusal.ward.doseWindowRange"),
    NOT_ON_WARD_TO_MOVE("refusal.ward.notOnWardToMove"),
    NOT_ON_WARD("refusal.ward.notOnWard"),
    NO_ADMISSION_TO_CANCEL("refusal.ward.noAdmissionToCancel"),
    ON_WARD_NO_DISCHARGE("refusal.ward.onWardNoDischarge"),
    NO_DISCHARGE_TO_CANCEL("refusal.ward.noDischargeToCancel");

    private final String key;
    private final List<String> argNames;

    WardSentence(String key, String... argNames) {
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
