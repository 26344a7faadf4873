package org.epma.web.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The pooled JTA datasource. Its URL and credentials come from MicroProfile Config (EPMA_DB_URL,
 * EPMA_DB_USER, EPMA_DB_PASSWORD, or the epma.db.* system properties the launcher sets for training mode),
 * so the same WAR runs against any PostgreSQL without rebuilding. The JDBC driver ships in the WAR. A connection is
 * checked before it is handed out (at most every 2 s), so the application recovers by itself when the database has
 * restarted (bench/README.md, fault runs).
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
            // ...but not at every checkout: EclipseLink takes a connection per query outside a transaction, so a drug
            // round's 11 queries cost 10 validation round trips. A connection checked in the last 2 s is handed out
            // as it is; one that has died since fails its request with a 503, and the next validation that finds a dead
            // connection empties the pool (below).
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            // one dead connection means the server went away: drop them all, not one per failed request
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class EpmaDataSource {
}
