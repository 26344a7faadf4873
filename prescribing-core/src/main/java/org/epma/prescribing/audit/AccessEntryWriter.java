package org.epma.prescribing.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Appends a batch of access entries (reads and refusals) in one transaction of their own, the chain's head locked once. */
@ApplicationScoped
public class AccessEntryWriter {

    private final AuditEntries entries;
    private final AuditChainKey key;

    @Inject
    public AccessEntryWriter(AuditEntries entries, AuditChainKey key) {
        this.entries = entries;
        this.key = key;
    }

    protected AccessEntryWriter() {
        this(null, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(List<AuditFacts> batch) {
        entries.appendAll(batch, key);
    }
}
