package org.epma.prescribing.vte;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a VTE risk assessment, as message keys with their arguments. */
public enum VteSentence implements Phrase {
    ANSWER_NEEDED("vte.refusal.answerNeeded", "question"),
    NOT_ADMITTED("vte.refusal.notAdmitted"),
    ALREADY_ASSESSED("vte.refusal.alreadyAssessed", "by"),
    ASSESSED_IN_FUTURE("vte.refusal.assessedInFuture"),
    BEFORE_ADMISSION("vte.refusal.beforeAdmission");

    private final String key;
    private final List<String> argNames;

    VteSentence(String key, String... argNames) {
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
