package org.epma.prescribing.glucose;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a bedside glucose or ketone reading, as message keys with their arguments. */
public enum GlucoseSentence implements Phrase {
    GLUCOSE_NEEDED("glucose.refusal.glucoseNeeded"),
    GLUCOSE_RANGE("glucose.refusal.glucoseRange"),
    KETONES_RANGE("glucose.refusal.ketonesRange"),
    MEASURED_IN_FUTURE("glucose.refusal.measuredInFuture"),
    SCALE_SIZE("glucose.scale.refusal.size", "most"),
    SCALE_BOUND("glucose.scale.refusal.bound", "band"),
    SCALE_FROM_ZERO("glucose.scale.refusal.fromZero"),
    SCALE_RISES("glucose.scale.refusal.rises", "band", "previous");

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
