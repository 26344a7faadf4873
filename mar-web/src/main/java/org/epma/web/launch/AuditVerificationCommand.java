package org.epma.web.launch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.epma.prescribing.audit.AuditChainReport;
import org.epma.prescribing.audit.AuditChainVerifier;

/**
 * The command line audit check: {@code verify-audit}. It checks the database named by EPMA_DB_URL
 * (with EPMA_DB_USER, EPMA_DB_PASSWORD), or else the training database, which must not be running.
 * Exit status 0 when the chain is intact, 1 when it is broken.
 */
final class AuditVerificationCommand {

    private AuditVerificationCommand() {
    }

    static int run() throws Exception {
        String url = System.getenv("EPMA_DB_URL");
        if (url != null && !url.isBlank()) {
            try (Connection connection = DriverManager.getConnection(url, System.getenv("EPMA_DB_USER"),
                    System.getenv("EPMA_DB_PASSWORD"))) {
                return report(new AuditChainVerifier(connection).verify());
            }
        }
        Path dataDir = Path.of(Launcher.setting("epma.data.dir", "EPMA_DATA_DIR", System.getProperty("user.home") + "/.epma"));
        try (TrainingDatabase training = TrainingDatabase.start(dataDir.resolve("training-db"));
             Connection connection = DriverManager.getConnection(training.jdbcUrl(), training.user(), training.password())) {
            return report(new AuditChainVerifier(connection).verify());
        }
    }

    private static int report(AuditChainReport report) {
        if (report.intact()) {
            System.out.println("Audit trail intact: " + report.entriesChecked() + " entries checked.");
            return 0;
        }
        System.out.println("Audit trail BROKEN at entry " + report.firstBadSeq() + ": " + report.problem()
                + " (" + report.entriesChecked() + " entries before it are intact)");
        return 1;
    }
}
