package org.epma.prescribing.audit;

import java.util.List;

/** The stored audit trail (schema audit): its entries, appended only, and the head of their chain. */
public interface AuditEntries {

    /**
     * The chain's head, locked until the caller's transaction ends, so that entries are appended one writer at a
     * time, each linked to the one before; the head's changes are stored with the transaction.
     */
    AuditChainHead lockedHead();

    void append(AuditEntry entry);

    /** Appends the entries recording each of {@code facts}, in order, with the head locked once for the caller's transaction. */
    default void appendAll(List<AuditFacts> facts, AuditChainKey key) {
        AuditChainHead head = lockedHead();
        for (AuditFacts each : facts) {
            head.append(each, key).forEach(this::append);
        }
    }

    /** The entries matching the filter, newest first: {@code limit} of them after skipping {@code offset}. */
    List<AuditSearch.Entry> newestFirst(AuditSearch.Filter filter, long offset, int limit);
}
