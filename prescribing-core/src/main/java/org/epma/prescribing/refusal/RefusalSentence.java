package org.epma.prescribing.refusal;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The sentences of the general refusals of free text, as message keys; {@code field} is the API's name of the input. */
public enum RefusalSentence implements Phrase {
    TEXT_TOO_LONG("refusal.textTooLong", "field", "max"),
    TEXT_HOLDS_NUL("refusal.textHoldsNul", "field"),
    // the generic refusals of a value that must come, or must be one of a closed list of codes
    GIVE_FIELD("refusal.giveField", "field"),
    NOT_A_CODE("refusal.notACode", "value", "field"),
    /** Stands for a value too long (or holding NUL) to repeat back in a sentence. */
    VALUE_GIVEN("refusal.valueGiven");

    private final String key;
    private final List<String> argNames;

    RefusalSentence(String key, String... argNames) {
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
