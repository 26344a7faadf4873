package org.epma.prescribing.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes audit entries, each linked with the site's audit key. A change is recorded inside the caller's
 * transaction, so its entry exists exactly when the change does; a read or a refusal in a transaction of its own,
 * shared with the reads and refusals of other requests arriving at the same moment ({@link GroupCommit}).
 */
@ApplicationScoped
public class AuditTrail {

    private final AuditEntries entries;
    private final Clock clock;
    private final AuditChainKey key;
    private final Consumer<AuditFacts> accessEntries;

    @Inject
    public AuditTrail(AuditEntries entries, Clock clock, AuditChainKey key, AccessEntryWriter accessWriter) {
        this(entries, clock, key, accessWriter == null ? null : grouped(accessWriter)); // null: the CDI proxy
    }

    /**
     * Outside the server (persistence tests of other modules): reads and refusals too in the caller's transaction, each
     * on its own, as there is no transaction of their own to share with other callers.
     */
    public AuditTrail(AuditEntries entries, Clock clock, AuditChainKey key) {
        this(entries, clock, key, facts -> entries.appendAll(List.of(facts), key));
    }

    private AuditTrail(AuditEntries entries, Clock clock, AuditChainKey key, Consumer<AuditFacts> accessEntries) {
        this.entries = entries;
        this.clock = clock;
        this.key = key;
        this.accessEntries = accessEntries;
    }

    protected AuditTrail() {
        this(null, null, null, (AccessEntryWriter) null);
    }

    private static Consumer<AuditFacts> grouped(AccessEntryWriter writer) {
        GroupCommit<AuditFacts> group = new GroupCommit<>(writer::write);
        return group::write;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, String entityType, Object entityId,
                       String before, String after, String reason) {
        append(new AuditFacts(clock.instant(), actor.username(), actor.role(), action, entityType,
                String.valueOf(entityId), before, after, reason));
    }

    /**
     * Records that something was shown to someone, or refused them, outside the caller's transaction: one entry (one
     * insert) whatever the number of patients it names, committed before this returns, whether or not the request goes
     * on to succeed.
     */
    public void recordAccess(Actor actor, AuditAction action, String entityType, Object entityId,
                             Collection<Long> patients, String detail) {
        accessEntries.accept(new AuditFacts(clock.instant(), actor.username(), actor.role(), action, entityType,
                String.valueOf(entityId), null, detail, null, patients == null ? null : List.copyOf(patients)));
    }

    /**
     * Makes the key-change point now, if the chain has none (a new database, or one upgraded from an unkeyed
     * trail), and refuses a key other than the one the chain is keyed with. Called at every start.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public String keyChain() {
        entries.lockedHead().keyWith(key, clock.instant()).ifPresent(entries::append);
        return key.id();
    }

    private void append(AuditFacts facts) {
        entries.appendAll(List.of(facts), key);
    }
}
