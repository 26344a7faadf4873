package org.epma.prescribing.audit;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a search of the audit trail as sent, as message keys with their arguments. */
public enum AuditSentence implements Phrase {
    PAGE_SIZE("refusal.audit.pageSize", "most"),
    PAGE_NUMBER("refusal.audit.pageNumber", "most"),
    END_AFTER_START("refusal.audit.endAfterStart");

    private final String key;
    private final List<String> argNames;

    AuditSentence(String key, String... argNames) {
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
