package org.epma.prescribing.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One link of the audit chain. Written once, never changed (the database refuses updates). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_role", nullable = false)
    private String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private String entityId;

    @Column(name = "before_state")
    private String beforeState;

    @Column(name = "after_state")
    private String afterState;

    private String reason;

    @Column(name = "prev_hash", nullable = false)
    private String prevHash;

    @Column(nullable = false)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long seq, AuditFacts facts, String prevHash) {
        this.seq = seq;
        this.occurredAt = facts.occurredAt();
        this.actor = facts.actor();
        this.actorRole = facts.actorRole();
        this.action = facts.action();
        this.entityType = facts.entityType();
        this.entityId = facts.entityId();
        this.beforeState = facts.before();
        this.afterState = facts.after();
        this.reason = facts.reason();
        this.prevHash = prevHash;
        this.hash = AuditChain.link(prevHash, facts.canonical(seq));
    }

    public AuditFacts facts() {
        return new AuditFacts(occurredAt, actor, actorRole, action, entityType, entityId, beforeState, afterState, reason);
    }

    public long seq() { return seq; }
    public String prevHash() { return prevHash; }
    public String hash() { return hash; }
}
