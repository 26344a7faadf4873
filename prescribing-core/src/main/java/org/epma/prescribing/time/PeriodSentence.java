package org.epma.prescribing.time;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a report's period as sent, as message keys with their arguments. */
public enum PeriodSentence implements Phrase {
    FIRST_DAY_NEEDED("refusal.period.firstDayNeeded"),
    LAST_DAY_NEEDED("refusal.period.lastDayNeeded"),
    LAST_BEFORE_FIRST("refusal.period.lastBeforeFirst", "last", "first"),
    TOO_LONG("refusal.period.tooLong", "days"),
    NOT_A_DATE("refusal.period.notADate");

    private final String key;
    private final List<String> argNames;

    PeriodSentence(String key, String... argNames) {
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
