package org.epma.prescribing.discharge;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a discharge prescription and its items, as message keys with their arguments. */
public enum DischargeSentence implements Phrase {
    NOT_ADMITTED("refusal.discharge.notAdmitted"),
    NOT_A_DRAFT("refusal.discharge.notADraft", "status"),
    NOT_AWAITING_SCREENING("refusal.discharge.notAwaitingScreening", "status"),
    NOT_THIS_DISCHARGES("refusal.discharge.notThisDischarges", "item"),
    SUPPLY_OR_OWN("refusal.discharge.supplyOrOwn"),
    INCOMPLETE("refusal.discharge.incomplete", "reasons", "supplies"),
    RETURN_REASON_NEEDED("refusal.discharge.returnReasonNeeded"),
    NOT_SCREENED("refusal.discharge.notScreened", "status"),
    LANGUAGE_NOT_RECORDED("refusal.discharge.languageNotRecorded");

    private final String key;
    private final List<String> argNames;

    DischargeSentence(String key, String... argNames) {
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
