package org.epma.prescribing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.epma.prescribing.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The audit table's owner, protections and the keyed chain check, on a real PostgreSQL. */
class AuditTrailInDatabaseTest {

    private static final Instant START = Instant.parse("2026-10-25T00:30:00Z");

    private final AuditChainKey key = AuditChainKey.generate();
    private TestDatabase database;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabase.create("audit");
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    private static AuditFacts weighed(int i) {
        return new AuditFacts(START.plusSeconds(i * 1800L), "nurse.evans", "NURSE", AuditAction.CHANGED, "Patient", "1",
                "{\"weight\":" + (60 + i) + "}", "{\"weight\":" + (61 + i) + "}", i == 3 ? "re-weighed" : null);
    }

    /** A migrated database whose trail is its key-change point and four changes: entries 1 to 5. */
    private void fiveKeyedEntries() throws SQLException {
        database.migrate();
        try (Connection app = database.appConnection()) {
            for (int i = 1; i <= 4; i++) {
                append(app, weighed(i), key);
            }
        }
    }

    /** Appends the way AuditTrail (through JpaAuditEntries) does, as the application's role: under the head row's lock, linked to the last hash. */
    private static void append(Connection app, AuditFacts facts, AuditChainKey key) throws SQLException {
        app.setAutoCommit(false);
        AuditChainHead head;
        try (Statement sql = app.createStatement();
             ResultSet rs = sql.executeQuery("select last_seq, last_hash, key_id from audit.audit_chain_head where id = 1 for update")) {
            rs.next();
            head = new AuditChainHead(rs.getLong(1), rs.getString(2), rs.getString(3));
        }
        List<AuditEntry> entries = head.append(facts, key);
        for (AuditEntry entry : entries) {
            insert(app, entry);
        }
        AuditEntry last = entries.get(entries.size() - 1);
        try (PreparedStatement update = app.prepareStatement(
                "update audit.audit_chain_head set last_seq = ?, last_hash = ?, key_id = ? where id = 1")) {
            update.setLong(1, last.seq());
            update.setString(2, last.hash());
            update.setString(3, key.id());
            update.executeUpdate();
        }
        app.commit();
        app.setAutoCommit(true);
    }

    private static void insert(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(JpaAuditEntries.INSERT)) {
            List<Object> values = JpaAuditEntries.parameters(entry);
            for (int i = 0; i < values.size(); i++) {
                insert.setObject(i + 1, values.get(i));
            }
            insert.executeUpdate();
        }
    }

    private AuditChainReport verify(AuditChainKey with) throws SQLException {
        try (Connection app = database.appConnection()) {
            return new AuditChainVerifier(app, with).verify();
        }
    }

    private AuditChainReport verify() throws SQLException {
        return verify(key);
    }

    /** Runs statements as the superuser with triggers off, as an intruder with full rights on the server could. */
    private void asIntruder(String... statements) throws SQLException {
        try (Connection superuser = database.superuserConnection(); Statement sql = superuser.createStatement()) {
            sql.execute("set session_replication_role = replica");
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private static void assertRefused(Executable statement) {
        SQLException e = assertThrows(SQLException.class, statement);
        assertEquals("42501", e.getSQLState(), e.getMessage()); // insufficient_privilege
    }

    @Test
    void anUntouchedChainIsIntactAndKeyedFromItsFirstEntry() throws SQLException {
        fiveKeyedEntries();
        AuditChainReport report = verify();
        assertTrue(report.intact(), report.problem());
        assertTrue(report.keyed());
        assertEquals(5, report.entriesChecked());
        assertEquals(1L, report.keyedFromSeq());
        assertEquals(0, report.unkeyedEntries());
        assertEquals(key.id(), report.keyId());
    }

    @Test
    void theAuditTablesBelongToTheTrailsOwnerRoleNotToTheApplications() throws SQLException {
        fiveKeyedEntries();
        try (Connection app = database.appConnection(); Statement sql = app.createStatement();
             ResultSet owners = sql.executeQuery("select tablename, tableowner from pg_tables where schemaname = 'audit' order by 1")) {
            for (String table : List.of("audit_chain_head", "audit_entry")) {
                assertTrue(owners.next());
                assertEquals(table, owners.getString(1));
                assertEquals(AuditOwnerRole.of(database.appUser()), owners.getString(2));
            }
        }
    }

    @Test
    void theApplicationsRoleCannotUpdateDeleteOrTruncateEntriesNorGiveItselfTheRight() throws SQLException {
        fiveKeyedEntries();
        try (Connection app = database.appConnection(); Statement sql = app.createStatement()) {
            assertRefused(() -> sql.executeUpdate("update audit.audit_entry set reason = 'tidied' where seq = 2"));
            assertRefused(() -> sql.executeUpdate("delete from audit.audit_entry where seq = 2"));
            assertRefused(() -> sql.execute("truncate audit.audit_entry"));
            sql.execute("grant update, delete, truncate on audit.audit_entry to current_user"); // grants nothing: not the owner
            assertRefused(() -> sql.executeUpdate("update audit.audit_entry set reason = 'tidied' where seq = 2"));
            assertRefused(() -> sql.execute("alter table audit.audit_entry disable trigger user"));
            assertRefused(() -> sql.execute("drop table audit.audit_entry"));
            assertRefused(() -> sql.execute("drop schema audit cascade"));
            assertRefused(() -> sql.execute("alter table audit.audit_entry owner to current_user"));
            assertRefused(() -> sql.execute("set role " + AuditOwnerRole.of(database.appUser())));
            sql.execute("select audit.adopt_trail()"); // the hand-over can be asked for again, and gives nothing back
            assertRefused(() -> sql.executeUpdate("delete from audit.audit_entry"));
        }
        AuditChainReport report = verify();
        assertTrue(report.intact(), report.problem());
        assertEquals(5, report.entriesChecked());
    }

    @Test
    void theApplicationsRoleStillAddsAndReadsEntries() throws SQLException {
        fiveKeyedEntries();
        try (Connection app = database.appConnection()) {
            append(app, new AuditFacts(START.plusSeconds(99_000), "nurse.evans", "NURSE", AuditAction.READ, "DrugRound", "DEWI",
                    null, null, null, List.of(7L, 3L, 12L)), key);
            try (Statement sql = app.createStatement();
                 ResultSet rs = sql.executeQuery("select seq from audit.audit_entry where patient_ids @> array[12::bigint]")) {
                assertTrue(rs.next());
                assertEquals(6, rs.getLong(1));
            }
        }
        assertTrue(verify().intact());
    }

    @Test
    void aTriggerRefusesUpdatesEvenFromTheSuperuser() throws SQLException {
        fiveKeyedEntries();
        try (Connection owner = database.superuserConnection(); Statement sql = owner.createStatement()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("update audit.audit_entry set reason = 'tidied' where seq = 2"));
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        }
    }

    @Test
    void anEntryAlteredBehindTheTriggersBackIsNamed() throws SQLException {
        fiveKeyedEntries();
        asIntruder("update audit.audit_entry set after_state = '{\"weight\":99}' where seq = 3");
        AuditChainReport report = verify();
        assertFalse(report.intact());
        assertFalse(report.keyed());
        assertEquals(3L, report.firstBadSeq());
        assertEquals(2, report.entriesChecked());
        assertTrue(report.problem().contains("altered"), report.problem());
    }

    @Test
    void anEntryRewrittenWithItsPlainSha256RecomputedIsNamed() throws SQLException {
        fiveKeyedEntries();
        rewriteWithPlainHashes(3, "{\"weight\":99}");
        AuditChainReport report = verify();
        assertFalse(report.intact());
        assertEquals(3L, report.firstBadSeq());
        assertTrue(report.problem().contains("without the audit key"), report.problem());
    }

    /**
     * What someone with the database but without the key would do to hide a change: alter entry {@code seq}, then
     * recompute its hash and every later link and hash as plain SHA-256, and the chain head to match.
     */
    private void rewriteWithPlainHashes(long seq, String newAfterState) throws SQLException {
        try (Connection superuser = database.superuserConnection(); Statement sql = superuser.createStatement()) {
            sql.execute("set session_replication_role = replica");
            sql.executeUpdate("update audit.audit_entry set after_state = '" + newAfterState + "' where seq = " + seq);
            String prev;
            try (ResultSet rs = sql.executeQuery("select hash from audit.audit_entry where seq = " + (seq - 1))) {
                prev = rs.next() ? rs.getString(1) : AuditChain.GENESIS;
            }
            List<AuditEntry> later = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("select seq, occurred_at, actor, actor_role, action, entity_type, entity_id,"
                    + " before_state, after_state, reason, array_to_string(patient_ids, ',') as patients, prev_hash, hash"
                    + " from audit.audit_entry where seq >= " + seq + " order by seq")) {
                while (rs.next()) {
                    later.add(new AuditEntry(rs.getLong("seq"), AuditChainVerifier.facts(rs), null, null));
                }
            }
            try (PreparedStatement update = superuser.prepareStatement("update audit.audit_entry set prev_hash = ?, hash = ? where seq = ?")) {
                for (AuditEntry entry : later) {
                    String hash = AuditChain.link(prev, entry.facts().canonical(entry.seq()));
                    update.setString(1, prev);
                    update.setString(2, hash);
                    update.setLong(3, entry.seq());
                    update.executeUpdate();
                    prev = hash;
                }
            }
            sql.executeUpdate("update audit.audit_chain_head set last_hash = '" + prev + "'");
        }
    }

    @Test
    void anEntryRemovedFromTheMiddleIsNamed() throws SQLException {
        fiveKeyedEntries();
        asIntruder("delete from audit.audit_entry where seq = 2");
        AuditChainReport report = verify();
        assertFalse(report.intact());
        assertEquals(2L, report.firstBadSeq());
        assertTrue(report.problem().contains("removed"), report.problem());
    }

    @Test
    void entriesRemovedFromTheEndAreNamed() throws SQLException {
        fiveKeyedEntries();
        asIntruder("delete from audit.audit_entry where seq >= 4");
        AuditChainReport report = verify();
        assertFalse(report.intact());
        assertEquals(4L, report.firstBadSeq());
    }

    @Test
    void anEntryWhoseHashWasReplacedIsNamed() throws SQLException {
        fiveKeyedEntries();
        asIntruder("update audit.audit_entry set hash = repeat('a', 64) where seq = 4");
        AuditChainReport report = verify();
        assertFalse(report.intact());
        assertEquals(4L, report.firstBadSeq());
    }

    @Test
    void aCheckWithAnotherKeySaysTheTrailIsKeyedWithADifferentOne() throws SQLException {
        fiveKeyedEntries();
        AuditChainKey other = AuditChainKey.generate();
        AuditChainReport report = verify(other);
        assertFalse(report.intact());
        assertEquals(1L, report.firstBadSeq());
        assertTrue(report.problem().contains(key.id()) && report.problem().contains(other.id()), report.problem());
    }

    @Test
    void anUpgradedUnkeyedTrailIsCarriedForwardFromAKeyChangePoint() throws SQLException {
        database.migrateTo("8");
        try (Connection app = database.appConnection()) {
            String prev = AuditChain.GENESIS;
            for (int seq = 1; seq <= 3; seq++) {
                AuditEntry legacy = AuditEntry.unkeyed(seq, weighed(seq), prev);
                try (PreparedStatement insert = app.prepareStatement("insert into audit_entry (seq, occurred_at, actor,"
                        + " actor_role, action, entity_type, entity_id, before_state, after_state, reason, prev_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    List<Object> values = JpaAuditEntries.parameters(legacy);
                    for (int i = 0; i < 10; i++) {
                        insert.setObject(i + 1, values.get(i));
                    }
                    insert.setString(11, legacy.prevHash());
                    insert.setString(12, legacy.hash());
                    insert.executeUpdate();
                }
                prev = legacy.hash();
            }
            try (Statement sql = app.createStatement()) {
                sql.executeUpdate("update audit_chain_head set last_seq = 3, last_hash = '" + prev + "'");
            }
        }
        database.migrate();
        try (Connection app = database.appConnection()) {
            append(app, weighed(4), key);
        }

        AuditChainReport report = verify();
        assertTrue(report.intact(), report.problem());
        assertTrue(report.keyed());
        assertEquals(5, report.entriesChecked());
        assertEquals(4L, report.keyedFromSeq());
        assertEquals(3, report.unkeyedEntries());

        rewriteWithPlainHashes(2, "{\"weight\":40}");
        AuditChainReport rewritten = verify();
        assertFalse(rewritten.intact());
        assertEquals(4L, rewritten.firstBadSeq(), rewritten.problem());
    }

    @Test
    void theUpgradeStopsWithoutTheTrailsOwnerRoleAndChangesNothing() throws SQLException {
        database.migrateTo("8");
        try (Connection superuser = database.superuserConnection(); Statement sql = superuser.createStatement()) {
            sql.execute("drop function audit.adopt_trail()");
        }
        RuntimeException refused = assertThrows(RuntimeException.class, database::migrate);
        assertTrue(String.valueOf(refused.getMessage()).contains("audit-owner.sql"), refused.getMessage());
        try (Connection app = database.appConnection(); Statement sql = app.createStatement();
             ResultSet rs = sql.executeQuery("select tableowner from pg_tables where tablename = 'audit_entry'")) {
            assertTrue(rs.next());
            assertEquals(database.appUser(), rs.getString(1));
        }
    }
}
