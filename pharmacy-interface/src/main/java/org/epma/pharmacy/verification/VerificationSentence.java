package org.epma.pharmacy.verification;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a pharmacist's intervention as sent, as message keys with their arguments. */
public enum VerificationSentence implements Phrase {
    CHOOSE_CATEGORY("refusal.verification.chooseCategory"),
    DESCRIBE_INTERVENTION("refusal.verification.describeIntervention", "most");

    private final String key;
    private final List<String> argNames;

    VerificationSentence(String key, String... argNames) {
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
