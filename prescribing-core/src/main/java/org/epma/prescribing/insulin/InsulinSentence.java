package org.epma.prescribing.insulin;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a correction scale as written, and of a correction dose at the bedside, as message keys. */
public enum InsulinSentence implements Phrase {
    NOT_SC_INSULIN("insulin.correction.refusal.notInsulin", "product"),
    AS_NEEDED("insulin.correction.refusal.asNeeded"),
    DOSE_FOLLOWS_SCALE("insulin.correction.refusal.doseFollowsScale", "range"),
    BAND_UNITS("insulin.correction.refusal.units", "band"),
    BAND_BELOW_HYPO("insulin.correction.refusal.hypo", "band"),
    NO_INSULIN_AT_ALL("insulin.correction.refusal.noInsulin"),
    NEEDS_GLUCOSE("insulin.correction.stop.needsGlucose"),
    READING_BEFORE_LAST_DOSE("insulin.correction.stop.readingBeforeLastDose", "glucose", "measured", "given"),
    SCALE_GIVES_NONE("insulin.correction.stop.none", "glucose"),
    SCALE_GIVES_OTHER("insulin.correction.stop.other", "glucose", "units", "given");

    private final String key;
    private final List<String> argNames;

    InsulinSentence(String key, String... argNames) {
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
