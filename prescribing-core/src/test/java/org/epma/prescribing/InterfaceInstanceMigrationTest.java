package org.epma.prescribing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.epma.prescribing.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** V6: each database names itself once, so outbound control ids (prefix + outbox id) never repeat across databases. */
class InterfaceInstanceMigrationTest {

    @Test
    void twoFreshDatabasesGetDifferentControlIdPrefixesOfEightBase32Characters() throws SQLException {
        try (TestDatabase one = TestDatabase.create("instance").migrate();
             TestDatabase two = TestDatabase.create("instance").migrate()) {
            String first = prefix(one);
            String second = prefix(two);
            assertTrue(first.matches("[A-Z2-7]{8}"), first);
            assertTrue(second.matches("[A-Z2-7]{8}"), second);
            assertNotEquals(first, second, "a reinstall must not reuse another database's control ids");
        }
    }

    @Test
    void theDatabaseHasExactlyOnePrefix() throws SQLException {
        try (TestDatabase database = TestDatabase.create("instance").migrate();
             Connection app = database.appConnection(); Statement sql = app.createStatement()) {
            assertThrows(SQLException.class, () -> sql.execute("insert into interface_instance (control_id_prefix) values ('AAAAAAAA')"));
            try (ResultSet rows = sql.executeQuery("select count(*) from interface_instance")) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }
        }
    }

    private static String prefix(TestDatabase database) throws SQLException {
        try (Connection app = database.appConnection(); Statement sql = app.createStatement();
             ResultSet row = sql.executeQuery("select control_id_prefix from interface_instance")) {
            row.next();
            return row.getString(1);
        }
    }
}
