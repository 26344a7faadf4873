package org.epma.prescribing.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Walks the whole audit chain in order over JDBC and recomputes every hash, with the site's key for the keyed part.
 * The same code serves the API and the command line, so both give the same answer.
 */
public final class AuditChainVerifier {

    private static final int PAGE = 2000;

    private final Connection connection;
    private final AuditChainKey key;

    public AuditChainVerifier(Connection connection, AuditChainKey key) {
        this.connection = connection;
        this.key = key;
    }

    public AuditChainReport verify() throws SQLException {
        AuditChainCheck check = new AuditChainCheck(key);
        long next = 1;
        try (PreparedStatement page = connection.prepareStatement(
                "select seq, occurred_at, actor, actor_role, action, entity_type, entity_id, before_state, after_state, reason,"
                        + " array_to_string(patient_ids, ',') as patients, prev_hash, hash"
                        + " from audit.audit_entry where seq >= ? order by seq limit " + PAGE)) {
            while (true) {
                page.setLong(1, next);
                int rows = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        long seq = rs.getLong("seq");
                        AuditFacts facts;
                        try {
                            facts = facts(rs);
                        } catch (RuntimeException unreadable) {
                            check.unreadable(seq, unreadable.getMessage());
                            return check.report();
                        }
                        if (!check.accept(new AuditEntry(seq, facts, rs.getString("prev_hash"), rs.getString("hash")))) {
                            return check.report();
                        }
                        next = seq + 1;
                    }
                }
                if (rows < PAGE) {
                    break;
                }
            }
        }
        try (PreparedStatement head = connection.prepareStatement("select last_seq, last_hash from audit.audit_chain_head where id = 1");
             ResultSet rs = head.executeQuery()) {
            return rs.next() ? check.finish(rs.getLong("last_seq"), rs.getString("last_hash")) : check.finish(null, null);
        }
    }

    static AuditFacts facts(ResultSet rs) throws SQLException {
        return new AuditFacts(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("before_state"), rs.getString("after_state"), rs.getString("reason"),
                patients(rs.getString("patients")));
    }

    /** The patients as array_to_string wrote them: null for none named, "" for an empty list. */
    static List<Long> patients(String list) {
        if (list == null) {
            return null;
        }
        return list.isEmpty() ? List.of() : Arrays.stream(list.split(",")).map(Long::valueOf).toList();
    }
}
