package org.epma.prescribing.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database role that owns the audit trail, so that the application's own role may only add entries and read
 * them. {@code db/setup/audit-owner.sql} makes it; a superuser runs that script once per database (a site's DBA by
 * hand, the training launcher and the tests through {@link #establish}); migration V11 then hands the audit tables
 * over to it. docs/operations.md explains the roles.
 */
public final class AuditOwnerRole {

    public static final String SCRIPT = "db/setup/audit-owner.sql";

    private AuditOwnerRole() {
    }

    /** The owner's name for a database: roles belong to the whole server, so each database has its own. */
    public static String of(String database) {
        return database + "_audit";
    }

    /** Runs the setup script; {@code superuser} is connected to the application's database. Safe to repeat. */
    public static void establish(Connection superuser) throws SQLException {
        try (Statement sql = superuser.createStatement()) {
            sql.execute(script());
        }
    }

    public static String script() {
        try (InputStream in = AuditOwnerRole.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
