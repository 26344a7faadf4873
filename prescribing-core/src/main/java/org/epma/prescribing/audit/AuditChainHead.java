package org.epma.prescribing.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that names the last entry of the chain. Writers lock it, which makes sequence numbers
 * gapless and the chain linear, and it lets the verifier notice entries removed from the end.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditChainHead() {
    }

    AuditEntry append(AuditFacts facts) {
        AuditEntry entry = new AuditEntry(lastSeq + 1, facts, lastHash);
        lastSeq = entry.seq();
        lastHash = entry.hash();
        return entry;
    }
}
