package org.epma.prescribing.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.epma.prescribing.time.InstantColumn;

/** {@link AuditEntries} in audit.audit_entry and audit.audit_chain_head. */
@ApplicationScoped
public class JpaAuditEntries implements AuditEntries {

    /** One entry, as one statement; the tests write entries with the same text over JDBC. */
    static final String INSERT = "insert into audit.audit_entry (seq, occurred_at, actor, actor_role, action, entity_type,"
            + " entity_id, before_state, after_state, reason, patient_ids, prev_hash, hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, cast(? as text), cast(? as text), cast(? as text), cast(? as bigint[]), ?, ?)";

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    public JpaAuditEntries() {
    }

    /** Outside the server (persistence tests of other modules): on the caller's entity manager. */
    public JpaAuditEntries(EntityManager em) {
        this.em = em;
    }

    @Override
    public AuditChainHead lockedHead() {
        return em.find(AuditChainHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
    }

    // A native insert: JPA has no mapping for PostgreSQL's bigint[], which keeps a read naming thirty patients one row.
    @Override
    public void append(AuditEntry entry) {
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

    @Override
    public List<AuditSearch.Entry> newestFirst(AuditSearch.Filter filter, long offset, int limit) {
        StringBuilder sql = new StringBuilder("select seq, occurred_at, actor, actor_role, action, entity_type, entity_id,"
                + " array_to_string(patient_ids, ','), before_state, after_state, reason from audit.audit_entry where true");
        List<Object> parameters = new ArrayList<>();
        if (filter.user() != null) {
            sql.append(" and actor = ?");
            parameters.add(filter.user());
        }
        if (filter.patientId() != null) {
            // the two halves use the GIN index on patient_ids and the (entity_type, entity_id) index
            sql.append(" and (patient_ids @> array[cast(? as bigint)] or (entity_type = 'Patient' and entity_id = ?))");
            parameters.add(filter.patientId());
            parameters.add(filter.patientId().toString());
        }
        if (filter.action() != null) {
            sql.append(" and action = ?");
            parameters.add(filter.action().name());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            parameters.add(filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            parameters.add(filter.to().atOffset(ZoneOffset.UTC));
        }
        sql.append(" order by seq desc limit ").append(limit).append(" offset ").append(offset);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<AuditSearch.Entry> entries = new ArrayList<>(limit);
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            entries.add(new AuditSearch.Entry(((Number) r[0]).longValue(), InstantColumn.read(r[1]), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], AuditChainVerifier.patients((String) r[7]),
                    (String) r[8], (String) r[9], (String) r[10]));
        }
        return entries;
    }
}
