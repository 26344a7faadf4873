package org.epma.prescribing.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Writes audit entries, each linked with the site's audit key. A change is recorded inside the caller's
 * transaction, so its entry exists exactly when the change does; a read or a refusal in a transaction of its own.
 */
@ApplicationScoped
public class AuditTrail {

    /** One entry, as one statement; the tests write entries with the same text over JDBC. */
    static final String INSERT = "insert into audit.audit_entry (seq, occurred_at, actor, actor_role, action, entity_type,"
            + " entity_id, before_state, after_state, reason, patient_ids, prev_hash, hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, cast(? as text), cast(? as text), cast(? as text), cast(? as bigint[]), ?, ?)";

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final Clock clock;
    private final AuditChainKey key;

    @Inject
    public AuditTrail(Clock clock, AuditChainKey key) {
        this.clock = clock;
        this.key = key;
    }

    protected AuditTrail() {
        this(null, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, String entityType, Object entityId,
                       String before, String after, String reason) {
        append(new AuditFacts(clock.instant(), actor.username(), actor.role(), action, entityType,
                String.valueOf(entityId), before, after, reason));
    }

    /**
     * Records that something was shown to someone, or refused them, on its own: one entry (one insert) whatever the
     * number of patients it names, committed whether or not the request goes on to succeed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAccess(Actor actor, AuditAction action, String entityType, Object entityId,
                             Collection<Long> patients, String detail) {
        append(new AuditFacts(clock.instant(), actor.username(), actor.role(), action, entityType,
                String.valueOf(entityId), null, detail, null, patients == null ? null : List.copyOf(patients)));
    }

    /**
     * Makes the key-change point now, if the chain has none (a new database, or one upgraded from an unkeyed
     * trail), and refuses a key other than the one the chain is keyed with. Called at every start.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public String keyChain() {
        lockedHead().keyWith(key, clock.instant()).ifPresent(this::insert);
        return key.id();
    }

    private void append(AuditFacts facts) {
        lockedHead().append(facts, key).forEach(this::insert);
    }

    private AuditChainHead lockedHead() {
        return em.find(AuditChainHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
    }

    // A native insert: JPA has no mapping for PostgreSQL's bigint[], which keeps a read naming thirty patients one row.
    private void insert(AuditEntry entry) {
        Query insert = em.createNativeQuery(INSERT);
        List<Object> values = parameters(entry);
        for (int i = 0; i < values.size(); i++) {
            insert.setParameter(i + 1, values.get(i));
        }
        insert.executeUpdate();
    }

    /** The values of {@link #INSERT}, in order. */
    static List<Object> parameters(AuditEntry entry) {
        AuditFacts facts = entry.facts();
        return Arrays.asList(entry.seq(), facts.occurredAt().atOffset(ZoneOffset.UTC), facts.actor(),
                facts.actorRole(), facts.action().name(), facts.entityType(), facts.entityId(), facts.before(),
                facts.after(), facts.reason(), facts.patients() == null ? null : "{" + facts.patientList() + "}",
                entry.prevHash(), entry.hash());
    }
}
