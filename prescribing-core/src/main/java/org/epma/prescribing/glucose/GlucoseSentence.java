package org.epma.prescribing.glucose;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a bedside glucose or ketone reading, as message keys with their arguments. */
public enum GlucoseSentence implements Phrase {
    GLUCOSE_NEEDED("glucose.refusal.glucoseNeeded"),
    GLUCOSE_RANGE("glucose.refusal.glucoseRange"),
    KETONES_RANGE("glucose.refusal.ketonesRange"),
    MEASURED_IN_FUTURE("glucose.refusal.measuredInFuture");

    private final String key;
    private final List<String> argNames;

    GlucoseSentence(String key, String... argNames) {
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
