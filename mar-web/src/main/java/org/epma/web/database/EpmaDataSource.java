package org.epma.web.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The pooled JTA datasource. Its URL and credentials come from MicroProfile Config (EPMA_DB_URL,
 * EPMA_DB_USER, EPMA_DB_PASSWORD, or the epma.db.* system properties the launcher sets for training mode),
 * so the same WAR runs against any PostgreSQL without rebuilding. The JDBC driver ships in the WAR. Each connection
 * is checked before it is handed out, so the application recovers by itself when the database has restarted
 * (bench/README.md, fault runs).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/epma",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=epma.db.url}",
        user = "${MPCONFIG=epma.db.user}",
        password = "${MPCONFIG=epma.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            // Connection.isValid: a round trip to the server. "auto-commit" never reaches PostgreSQL (the driver only
            // flips a flag), so after a database restart it passed dead connections to requests.
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            // one dead connection means the server went away: drop them all, not one per failed request
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class EpmaDataSource {
}
