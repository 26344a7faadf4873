package org.epma.prescribing.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.epma.prescribing.audit.AuditOwnerRole;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A freshly created database for one test run, dropped again by {@link #close()}. It lives on the server
 * named by EPMA_TEST_DB_URL (a JDBC URL with a superuser, e.g.
 * jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) or, when that is not set, on an embedded
 * PostgreSQL started once per JVM. The database is owned by its own role without superuser rights, the
 * way the application runs, and the audit trail's owner role is made for it as a site's DBA makes it.
 */
public final class TestDatabase implements AutoCloseable {

    private static EmbeddedPostgres embedded;

    private final String serverUrl;
    private final String name;

    private TestDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    public static TestDatabase create(String purpose) {
        String name = ("epma_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        TestDatabase database = new TestDatabase(serverUrl(), name);
        try (Connection admin = DriverManager.getConnection(database.serverUrl);
             Statement sql = admin.createStatement()) {
            sql.execute("create role " + name + " login nosuperuser nocreatedb nocreaterole password '" + name + "'");
            sql.execute("create database " + name + " owner " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + database.serverUrl, e);
        }
        try (Connection superuser = database.superuserConnection()) {
            AuditOwnerRole.establish(superuser);
        } catch (SQLException e) {
            database.close();
            throw new IllegalStateException("cannot make the audit trail's owner role for " + name, e);
        }
        return database;
    }

    private static synchronized String serverUrl() {
        String configured = System.getenv("EPMA_TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    /** The URL of this database without credentials. */
    public String jdbcUrl() {
        String withoutQuery = serverUrl.replaceFirst("\\?.*$", "");
        return withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1) + name;
    }

    public String appUser() {
        return name;
    }

    public String appPassword() {
        return name;
    }

    /** A connection as the application's own role. */
    public Connection appConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), appUser(), appPassword());
    }

    /** A connection to this database as the server's superuser (the database owner's owner). */
    public Connection superuserConnection() throws SQLException {
        String query = serverUrl.contains("?") ? serverUrl.substring(serverUrl.indexOf('?')) : "";
        return DriverManager.getConnection(jdbcUrl() + query);
    }

    /** Runs the application's migrations as the application's role, as the application does at start. */
    public TestDatabase migrate() {
        flyway().load().migrate();
        return this;
    }

    /** Runs the migrations up to and including {@code version} only: a database as an older release left it. */
    public TestDatabase migrateTo(String version) {
        flyway().target(version).load().migrate();
        return this;
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(jdbcUrl(), appUser(), appPassword()).locations("classpath:db/migration");
    }

    @Override
    public void close() {
        try (Connection admin = DriverManager.getConnection(serverUrl);
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("drop role if exists " + AuditOwnerRole.of(name));
            sql.execute("drop role if exists " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name, e);
        }
    }
}
