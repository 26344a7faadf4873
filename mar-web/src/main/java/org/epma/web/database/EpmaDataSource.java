package org.epma.web.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The pooled JTA datasource. Its URL and credentials come from MicroProfile Config (EPMA_DB_URL,
 * EPMA_DB_USER, EPMA_DB_PASSWORD, or the epma.db.* system properties the launcher sets for training mode),
 * so the same WAR runs against any PostgreSQL without rebuilding. The JDBC driver ships in the WAR.
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
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class EpmaDataSource {
}
