package org.epma.prescribing.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The single row that names the last entry of the chain and the key it is linked with. Writers lock it, which
 * makes sequence numbers gapless and the chain linear, and it lets the verifier notice entries removed from the end.
 */
@Entity
@Table(schema = "audit", name = "audit_chain_head")
public class AuditChainHead {

    static final String CHAIN = "AuditChain";

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    /** The id of the key the chain is linked with from its key-change point on; null before that point. */
    @Column(name = "key_id")
    private String keyId;

    protected AuditChainHead() {
    }

    AuditChainHead(long lastSeq, String lastHash, String keyId) {
        this.id = 1;
        this.lastSeq = lastSeq;
        this.lastHash = lastHash;
        this.keyId = keyId;
    }

    /**
     * The entries that record {@code facts}: one, or two when the chain is not keyed yet, the first of them being
     * the key-change point. A key other than the chain's is refused, so a misconfigured site cannot fork the chain.
     */
    List<AuditEntry> append(AuditFacts facts, AuditChainKey key) {
        List<AuditEntry> entries = new ArrayList<>(2);
        keyWith(key, facts.occurredAt()).ifPresent(entries::add);
        entries.add(next(facts, key));
        return entries;
    }

    /** The key-change point, when the chain is not keyed yet; nothing when it is keyed with this key. */
    Optional<AuditEntry> keyWith(AuditChainKey key, Instant at) {
        if (keyId == null) {
            AuditEntry marker = next(new AuditFacts(at, Actor.SYSTEM.username(), Actor.SYSTEM.role(), AuditAction.CHAIN_KEYED,
                    CHAIN, key.id(), null, "{\"keyId\":\"" + key.id() + "\",\"unkeyedEntries\":" + lastSeq + "}",
                    "From this entry on, every entry is linked by HMAC-SHA256 with the site's audit key"), key);
            keyId = key.id();
            return Optional.of(marker);
        }
        if (!keyId.equals(key.id())) {
            throw new IllegalStateException("The audit trail is keyed with key " + keyId + ", but this server has key "
                    + key.id() + ": give it the site's audit key (docs/operations.md). Nothing was recorded.");
        }
        return Optional.empty();
    }

    private AuditEntry next(AuditFacts facts, AuditChainKey key) {
        AuditEntry entry = AuditEntry.keyed(lastSeq + 1, facts, lastHash, key);
        lastSeq = entry.seq();
        lastHash = entry.hash();
        return entry;
    }
}
