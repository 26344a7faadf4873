package org.epma.web.launch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.epma.prescribing.audit.AuditOwnerRole;

/**
 * The embedded PostgreSQL of training mode. Its data directory survives restarts, so the demo data is
 * loaded once. The application connects as its own role, which owns its database but is no superuser; the audit
 * trail belongs to a role of its own (epma_audit), made here as a site's DBA makes it (docs/operations.md).
 */
final class TrainingDatabase implements AutoCloseable {

    static final String DATABASE = "epma";
    static final String APP_ROLE = "epma_app";

    private final EmbeddedPostgres postgres;

    private TrainingDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The training system's audit key, beside its database and never in it. */
    static Path auditKeyFile(Path dataDir) {
        return dataDir.resolve("training-audit.key");
    }

    static TrainingDatabase start(Path dataDirectory) throws IOException, SQLException {
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(0)
                .start();
        TrainingDatabase database = new TrainingDatabase(postgres);
        database.prepare();
        return database;
    }

    private void prepare() throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement sql = admin.createStatement()) {
            if (!exists(sql, "select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
                sql.execute("create role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole password '" + password() + "'");
            }
            if (!exists(sql, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                sql.execute("create database " + DATABASE + " owner " + APP_ROLE + " encoding 'UTF8'");
            }
        }
        try (Connection superuser = postgres.getDatabase("postgres", DATABASE).getConnection()) {
            AuditOwnerRole.establish(superuser);
        }
    }

    private static boolean exists(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            return rs.next();
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(APP_ROLE, DATABASE).replaceAll("[?&]user=[^&]*", "");
    }

    String user() {
        return APP_ROLE;
    }

    /** The embedded server trusts local connections; the password matters only if a site changes that. */
    String password() {
        return "training-only";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
