/** The application's PostgreSQL datasource and the start-up work on it: schema migration, site data, training data. */
package org.epma.web.database;
