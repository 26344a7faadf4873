package org.epma.web.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.epma.prescribing.training.TrainingData;
import org.epma.prescribing.ward.WardCatalogue;
import org.epma.prescribing.ward.WardService;
import org.epma.web.site.SiteConfig;
import org.flywaydb.core.Flyway;

/**
 * Runs once when the application starts, before it serves a request: migrates the schema, brings the
 * wards in line with config/, and in training mode loads the demo users and patients into an empty database.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/epma")
    DataSource dataSource;

    @Inject
    SiteConfig site;

    @Inject
    WardService wards;

    @Inject
    TrainingData trainingData;

    @PostConstruct
    void start() {
        long started = System.nanoTime();
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
        wards.apply(WardCatalogue.read(site.table("wards.csv", "code", "name", "name_cy", "specialty", "beds"),
                site.table("dose-times.csv", "ward_code", "frequency", "times")));
        if (site.training()) {
            boolean loaded = trainingData.loadOnce(
                    site.table("training/users.csv", "username", "display_name", "roles", "password"),
                    site.table("training/patients.csv", "hospital_number", "nhs_number", "ward", "bed"));
            LOG.info(loaded ? "TRAINING mode: demo users and patients loaded" : "TRAINING mode: demo data already present");
        }
        LOG.info(() -> "ePMA started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
