package org.epma.prescribing.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.time.InstantColumn;

/** Finds audit entries for those who review the trail: by user, patient, action and time, newest first, a page at a time. */
@ApplicationScoped
public class AuditSearch {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;
    /** Deep pages cost the database a scan of everything before them: narrow the search instead. */
    public static final int MAX_PAGE = 1000;

    /**
     * What to look for; every part is optional. A patient matches the entries that name them (reads) and the
     * changes to their own record.
     *
     * @param to exclusive
     */
    public record Filter(String user, Long patientId, AuditAction action, Instant from, Instant to) {
    }

    /** One stored entry as a reviewer sees it. */
    public record Entry(long seq, Instant occurredAt, String actor, String actorRole, String action, String entityType,
                        String entityId, List<Long> patients, String before, String after, String reason) {
    }

    /** @param more whether a later page has entries */
    public record Page(List<Entry> entries, int page, int size, boolean more) {
    }

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page search(Filter filter, int page, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "A page holds 1 to " + MAX_PAGE_SIZE + " entries.");
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "Pages are numbered 0 to " + MAX_PAGE + "; narrow the search to see older entries.");
        }
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw new InvalidInputException("to", "The end of the period must be after its start.");
        }
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
        sql.append(" order by seq desc limit ").append(size + 1).append(" offset ").append((long) page * size);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Entry> entries = new ArrayList<>(size + 1);
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            entries.add(new Entry(((Number) r[0]).longValue(), InstantColumn.read(r[1]), (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], AuditChainVerifier.patients((String) r[7]),
                    (String) r[8], (String) r[9], (String) r[10]));
        }
        boolean more = entries.size() > size;
        return new Page(List.copyOf(more ? entries.subList(0, size) : entries), page, size, more);
    }
}
