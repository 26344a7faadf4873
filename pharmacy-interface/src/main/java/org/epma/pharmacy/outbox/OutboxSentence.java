package org.epma.pharmacy.outbox;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a change to an interface message, as message keys with their arguments. */
public enum OutboxSentence implements Phrase {
    ONLY_PARKED_RESENT("refusal.outbox.onlyParkedResent", "status");

    private final String key;
    private final List<String> argNames;

    OutboxSentence(String key, String... argNames) {
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
