package org.epma.web.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.epma.hl7.inbound.InboundService;
import org.epma.hl7.outbound.DeliveryWorkers;
import org.epma.hl7.outbound.SendingSystem;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.administration.SecondCheckRegister;
import org.epma.prescribing.administration.SecondChecks;
import org.epma.prescribing.pgd.DirectionCatalogue;
import org.epma.prescribing.pgd.DirectionRegister;
import org.epma.prescribing.pgd.HomelyRemedyCatalogue;
import org.epma.prescribing.staff.Role;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.ward.WardCatalogue;
import org.epma.prescribing.ward.WardService;
import org.epma.web.formulary.LoadedFormulary;
import org.epma.web.site.PharmacyInterfaceSettings;
import org.epma.web.site.SiteConfig;
import org.epma.web.training.TrainingData;
import org.epma.web.training.TrainingHomeMedicines;
import org.flywaydb.core.Flyway;

/**
 * Runs once when the application starts, before it serves a request: migrates the schema, keys the audit
 * trail (or checks it is keyed with this server's key), brings the wards in line with config/, and in training mode loads the demo users and patients into an empty database.
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
    DirectionRegister directions;

    @Inject
    SecondCheckRegister secondChecks;

    @Inject
    TrainingData trainingData;

    @Inject
    TrainingHomeMedicines trainingHomeMedicines;

    @Inject
    StaffAccounts staff;

    @Inject
    AuditTrail auditTrail;

    @Inject
    LoadedFormulary formulary;

    @Inject
    PharmacyInterfaceSettings interfaceSettings;

    @Inject
    DeliveryWorkers deliveryWorkers;

    @Inject
    InboundService inbound;

    @PostConstruct
    void start() {
        long started = System.nanoTime();
        formulary.content(); // a formulary file with a mistake stops the start here, before anything else
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
        String keyId = auditTrail.keyChain(); // before anything is audited: a wrong key stops the start here
        LOG.info(() -> "Audit trail keyed with key " + keyId);
        wards.apply(WardCatalogue.read(site.table("wards.csv", "code", "name", "name_cy", "specialty", "beds"),
                site.table("dose-times.csv", "ward_code", "frequency", "times")));
        directions.apply(DirectionCatalogue.read(site.table("pgds.csv", "id", "version", "title", "product_code", "dose",
                        "dose_unit", "route", "indication", "inclusion", "exclusion", "review_within_hours", "valid_from", "expires",
                        "source"), site.table("pgd-authorisations.csv", "pgd_id", "username"),
                formulary.content().formulary()),
                HomelyRemedyCatalogue.read(site.table("homely-remedies.csv", "id", "version", "title", "product_code",
                        "dose", "dose_unit", "route", "indication", "exclusions_cautions", "minimum_interval_hours",
                        "maximum_doses_in_24_hours", "maximum_duration_hours", "review_within_hours", "source"),
                site.table("homely-remedy-authorisations.csv", "remedy_id", "username"), formulary.content().formulary()));
        secondChecks.apply(SecondChecks.read(site.table("second-checks.csv", "atc_prefix", "routes", "reason", "source")));
        if (site.training()) {
            boolean loaded = trainingData.loadOnce(
                    site.table("training/users.csv", "username", "display_name", "roles", "password"),
                    site.table("training/patients.csv", "hospital_number", "nhs_number", "ward", "bed"),
                    site.table("training/prescriptions.csv", "hospital_number", "product_code", "dose", "dose_unit", "route",
                            "frequency", "started_hours_ago", "prescriber"));
            if (loaded) {
                trainingHomeMedicines.load(site.table("training/home-medicines.csv", "hospital_number", "dose", "dose_unit",
                        "route", "frequency", "source", "recorded_by"));
            }
            LOG.info(loaded ? "TRAINING mode: demo users and patients loaded" : "TRAINING mode: demo data already present");
        } else if (!staff.anyExist()) {
            createFirstAdministrator();
        }
        deliveryWorkers.start(interfaceSettings.destinations(), interfaceSettings.senderThreads(),
                SendingSystem.of(interfaceSettings.facility(), site.training()));
        if (interfaceSettings.inboundPort() > 0) {
            int port = startInboundListener();
            LOG.info(() -> "HL7 listener (ADT, RDS^O13) on port " + port);
        }
        LOG.info(() -> "ePMA started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** The launcher watches the log for "ePMA cannot start:" and stops at once, naming the cause. */
    private int startInboundListener() {
        try {
            return inbound.start(interfaceSettings.listener());
        } catch (UncheckedIOException e) {
            String why = e.getCause() instanceof BindException ? "is already in use" : "cannot be used (" + e.getCause() + ")";
            throw new IllegalStateException("ePMA cannot start: port " + interfaceSettings.inboundPort()
                    + " (the HL7 listener for ADT and RDS^O13) " + why + ". Move it with EPMA_HL7_INBOUND_PORT=<port>"
                    + " or -Depma.hl7.inbound-port=<port>, or turn the listener off with 0.", e);
        }
    }

    /** A new live database has no users: the first administrator comes from EPMA_BOOTSTRAP_ADMIN_*. */
    private void createFirstAdministrator() {
        var admin = site.bootstrapAdministrator();
        if (admin.isEmpty()) {
            LOG.warning("No staff accounts exist. Set EPMA_BOOTSTRAP_ADMIN_USERNAME and EPMA_BOOTSTRAP_ADMIN_PASSWORD"
                    + " for one start to create the first administrator (docs/operations.md).");
            return;
        }
        staff.create(admin.get().username(), "Administrator", Set.of(Role.ADMIN), admin.get().password().toCharArray(),
                Actor.SYSTEM);
        LOG.warning(() -> "Created the first administrator, " + admin.get().username()
                + ": log in, change the password and remove EPMA_BOOTSTRAP_ADMIN_* from the environment.");
    }
}
