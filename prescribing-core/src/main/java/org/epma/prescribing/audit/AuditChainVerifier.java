package org.epma.prescribing.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Walks the whole audit chain in order over JDBC and recomputes every hash. The same code serves the
 * ADMIN endpoint and the command line, so both give the same answer.
 */
public final class AuditChainVerifier {

    private static final int PAGE = 2000;

    private final Connection connection;

    public AuditChainVerifier(Connection connection) {
        this.connection = connection;
    }

    public AuditChainReport verify() throws SQLException {
        long expectedSeq = 1;
        String prevHash = AuditChain.GENESIS;
        long checked = 0;
        try (PreparedStatement page = connection.prepareStatement(
                "select seq, occurred_at, actor, actor_role, action, entity_type, entity_id, before_state,"
                        + " after_state, reason, prev_hash, hash from audit_entry where seq >= ? order by seq limit " + PAGE)) {
            while (true) {
                page.setLong(1, expectedSeq);
                int rows = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        long seq = rs.getLong("seq");
                        if (seq != expectedSeq) {
                            return AuditChainReport.broken(checked, expectedSeq,
                                    "Entry " + expectedSeq + " has been removed (the next entry is " + seq + ").");
                        }
                        if (!prevHash.equals(rs.getString("prev_hash"))) {
                            return AuditChainReport.broken(checked, seq,
                                    "Entry " + seq + " does not follow entry " + (seq - 1) + ": its link to the previous hash was changed.");
                        }
                        AuditFacts facts;
                        try {
                            facts = new AuditFacts(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                                    rs.getString("actor"), rs.getString("actor_role"),
                                    AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"),
                                    rs.getString("entity_id"), rs.getString("before_state"), rs.getString("after_state"),
                                    rs.getString("reason"));
                        } catch (RuntimeException unreadable) {
                            return AuditChainReport.broken(checked, seq, "Entry " + seq + " was altered: " + unreadable.getMessage());
                        }
                        String hash = AuditChain.link(prevHash, facts.canonical(seq));
                        if (!hash.equals(rs.getString("hash"))) {
                            return AuditChainReport.broken(checked, seq, "Entry " + seq + " was altered after it was written.");
                        }
                        prevHash = hash;
                        expectedSeq++;
                        checked++;
                    }
                }
                if (rows < PAGE) {
                    break;
                }
            }
        }
        try (PreparedStatement head = connection.prepareStatement("select last_seq, last_hash from audit_chain_head where id = 1");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                return AuditChainReport.broken(checked, expectedSeq, "The chain head row has been removed.");
            }
            long lastSeq = rs.getLong("last_seq");
            if (lastSeq > checked) {
                return AuditChainReport.broken(checked, expectedSeq,
                        "Entries " + expectedSeq + " to " + lastSeq + " have been removed from the end of the trail.");
            }
            if (lastSeq < checked || !prevHash.equals(rs.getString("last_hash"))) {
                return AuditChainReport.broken(checked, lastSeq + 1, "The chain head does not match the last entry.");
            }
        }
        return AuditChainReport.intact(checked);
    }
}
