package org.epma.web.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.epma.prescribing.audit.AuditChainKey;
import org.epma.prescribing.audit.AuditChainReport;
import org.epma.prescribing.audit.AuditChainVerifier;

/**
 * The command line audit check: {@code verify-audit}. It checks the database named by EPMA_DB_URL
 * (with EPMA_DB_USER, EPMA_DB_PASSWORD) with the site's audit key (EPMA_AUDIT_KEY_FILE or EPMA_AUDIT_KEY), or else
 * the training database, which must not be running, with the training key. Exit status 0 when the chain is intact
 * and keyed, 1 when it is broken or not keyed, 2 when there is no key to check it with.
 */
final class AuditVerificationCommand {

    private AuditVerificationCommand() {
    }

    static int run() throws Exception {
        String url = System.getenv("EPMA_DB_URL");
        if (url != null && !url.isBlank()) {
            AuditChainKey key = siteKey();
            if (key == null) {
                System.out.println("Set EPMA_AUDIT_KEY_FILE (or EPMA_AUDIT_KEY) to the site's audit key: without it the keyed"
                        + " part of the trail cannot be checked.");
                return 2;
            }
            try (Connection connection = DriverManager.getConnection(url, System.getenv("EPMA_DB_USER"),
                    System.getenv("EPMA_DB_PASSWORD"))) {
                return report(new AuditChainVerifier(connection, key).verify());
            }
        }
        Path dataDir = Path.of(Launcher.setting("epma.data.dir", "EPMA_DATA_DIR", System.getProperty("user.home") + "/.epma"));
        Path keyFile = TrainingDatabase.auditKeyFile(dataDir);
        if (!Files.exists(keyFile)) {
            System.out.println("No training audit key at " + keyFile + ": start the training system once first.");
            return 2;
        }
        AuditChainKey key = AuditChainKey.read(keyFile);
        try (TrainingDatabase training = TrainingDatabase.start(dataDir.resolve("training-db"));
             Connection connection = DriverManager.getConnection(training.jdbcUrl(), training.user(), training.password())) {
            return report(new AuditChainVerifier(connection, key).verify());
        }
    }

    private static AuditChainKey siteKey() throws IOException {
        String file = System.getenv("EPMA_AUDIT_KEY_FILE");
        if (file != null && !file.isBlank()) {
            return AuditChainKey.read(Path.of(file));
        }
        String key = System.getenv("EPMA_AUDIT_KEY");
        return key == null || key.isBlank() ? null : AuditChainKey.parse(key);
    }

    private static int report(AuditChainReport report) {
        if (!report.intact()) {
            System.out.println("Audit trail BROKEN at entry " + report.firstBadSeq() + ": " + report.problem()
                    + " (" + report.entriesChecked() + " entries before it are intact)");
            return 1;
        }
        if (!report.keyed()) {
            System.out.println("Audit trail intact but NOT KEYED: " + report.entriesChecked() + " entries linked by plain"
                    + " SHA-256 only, which anyone with the database could recompute. Start the application with the"
                    + " site's audit key to key it.");
            return 1;
        }
        System.out.println("Audit trail intact and keyed with key " + report.keyId() + ": " + report.entriesChecked()
                + " entries checked; keyed from entry " + report.keyedFromSeq()
                + (report.unkeyedEntries() == 0 ? "" : " (the " + report.unkeyedEntries()
                        + " entries before it were written unkeyed and are vouched for by the keyed entries after them)")
                + ".");
        return 0;
    }
}
