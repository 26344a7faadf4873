package org.epma.prescribing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import org.epma.prescribing.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit table's protections and the chain check, on a real PostgreSQL. */
class AuditTrailInDatabaseTest {

    private TestDatabase database;

    @BeforeEach
    void freshDatabaseWithFiveEntries() throws SQLException {
        database = TestDatabase.create("audit").migrate();
        try (Connection app = database.appConnection()) {
            for (int i = 1; i <= 5; i++) {
                append(app, new AuditFacts(Instant.parse("2026-10-25T00:30:00Z").plusSeconds(i * 1800L), "nurse.evans",
                        "NURSE", AuditAction.CHANGED, "Patient", "1", "{\"weight\":" + (60 + i) + "}",
                        "{\"weight\":" + (61 + i) + "}", i == 3 ? "re-weighed" : null));
            }
        }
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    /** Appends the way AuditTrail does: under the head row's lock, linked to the last hash. */
    private static void append(Connection app, AuditFacts facts) throws SQLException {
        app.setAutoCommit(false);
        long seq;
        String prev;
        try (Statement sql = app.createStatement();
             var rs = sql.executeQuery("select last_seq, last_hash from audit_chain_head where id = 1 for update")) {
            rs.next();
            seq = rs.getLong(1) + 1;
            prev = rs.getString(2);
        }
        String hash = AuditChain.link(prev, facts.canonical(seq));
        try (PreparedStatement insert = app.prepareStatement("insert into audit_entry (seq, occurred_at, actor, actor_role,"
                + " action, entity_type, entity_id, before_state, after_state, reason, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement head = app.prepareStatement("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")) {
            insert.setLong(1, seq);
            insert.setObject(2, facts.occurredAt().atOffset(ZoneOffset.UTC));
            insert.setString(3, facts.actor());
            insert.setString(4, facts.actorRole());
            insert.setString(5, facts.action().name());
            insert.setString(6, facts.entityType());
            insert.setString(7, facts.entityId());
            insert.setString(8, facts.before());
            insert.setString(9, facts.after());
            insert.setString(10, facts.reason());
            insert.setString(11, prev);
            insert.setString(12, hash);
            insert.executeUpdate();
            head.setLong(1, seq);
            head.setString(2, hash);
            head.executeUpdate();
        }
        app.commit();
    }

    private AuditChainReport verify() throws SQLException {
        try (Connection app = database.appConnection()) {
            return new AuditChainVerifier(app).verify();
        }
    }

    @Test
    void anUntouchedChainIsIntact() throws SQLException {
        AuditChainReport report = verify();
        assertTrue(report.intact(), report.problem());
        assertEquals(5, report.entriesChecked());
    }

    @Test
    void theApplicationsRoleCannotUpdateOrDeleteEntries() throws SQLException {
        try (Connection app = database.appConnection(); Statement sql = app.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("update audit_entry set reason = 'tidied' where seq = 2"));
            assertEquals("42501", update.getSQLState(), update.getMessage()); // insufficient_privilege
            SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate("delete from audit_entry"));
            assertEquals("42501", delete.getSQLState(), delete.getMessage());
        }
    }

    @Test
    void aTriggerRefusesUpdatesEvenFromTheSuperuser() throws SQLException {
        try (Connection owner = database.superuserConnection(); Statement sql = owner.createStatement()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("update audit_entry set reason = 'tidied' where seq = 2"));
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        }
    }

    @Test
    void anEntryAlteredBehindTheTriggersBackIsNamed() throws SQLException {
        try (Connection owner = database.superuserConnection(); Statement sql = owner.createStatement()) {
            sql.execute("set session_replication_role = replica"); // bypasses the trigger, as an intruder with superuser could
            assertEquals(1, sql.executeUpdate("update audit_entry set after_state = '{\"weight\":99}' where seq = 3"));
        }
        AuditChainReport report = verify();
        assertFalse(report.intact());
        assertEquals(3L, report.firstBadSeq());
        assertEquals(2, report.entriesChecked());
        assertTrue(report.problem().contains("altered"), report.problem());
    }

    @Test
    void anEntryRemovedFromTheMiddleIsNamed() throws SQLException {
        try (Connection owner = database.superuserConnection(); Statement sql = owner.createStatement()) {
            sql.execute("set session_replication_role = replica");
            sql.executeUpdate("delete from audit_entry where seq = 2");
        }
        AuditChainReport report = verify();
        assertFalse(report.intact());
        assertEquals(2L, report.firstBadSeq());
        assertTrue(report.problem().contains("removed"), report.problem());
    }

    @Test
    void entriesRemovedFromTheEndAreNamed() throws SQLException {
        try (Connection owner = database.superuserConnection(); Statement sql = owner.createStatement()) {
            sql.execute("set session_replication_role = replica");
            sql.executeUpdate("delete from audit_entry where seq >= 4");
        }
        AuditChainReport report = verify();
        assertFalse(report.intact());
        assertEquals(4L, report.firstBadSeq());
    }

    @Test
    void anEntryWhoseHashWasReplacedIsNamed() throws SQLException {
        try (Connection owner = database.superuserConnection(); Statement sql = owner.createStatement()) {
            sql.execute("set session_replication_role = replica");
            sql.executeUpdate("update audit_entry set hash = repeat('a', 64) where seq = 4");
        }
        AuditChainReport report = verify();
        assertFalse(report.intact());
        assertEquals(4L, report.firstBadSeq());
    }
}
