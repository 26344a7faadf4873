package org.epma.prescribing.administration;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a change to administration records and missing-dose requests that clashes with what is already recorded, as message keys with their arguments. */
public enum RecordSentence implements Phrase {
    KEY_REUSED("refusal.record.keyReused"),
    NO_DOSE_TO_ASK_FOR("refusal.record.noDoseToAskFor", "status"),
    PHARMACY_ALREADY_ASKED("refusal.record.pharmacyAlreadyAsked", "by", "status"),
    REQUEST_CANNOT_BECOME("refusal.record.requestCannotBecome", "status", "to", "by"),
    CORRECTION_NOT_STRUCK("refusal.record.correctionNotStruck"),
    ALREADY_IN_ERROR("refusal.record.alreadyInError", "by", "time"),
    EFFECT_ONLY_FOR_PRN_GIVEN("refusal.record.effectOnlyForPrnGiven"),
    GIVEN_FROM_BAGS("infusion.refusal.givenFromBags", "order");

    private final String key;
    private final List<String> argNames;

    RecordSentence(String key, String... argNames) {
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
