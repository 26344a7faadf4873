package org.epma.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the backup and restore drill (scripts/restore-drill.sh) in every "mvn verify", so that the procedure
 * docs/operations.md gives a site keeps working: base backup, WAL archive, the database host lost, restored with every
 * committed row. It runs on a private PostgreSQL of its own, never the machine's server.
 */
class RestoreDrillIT {

    private static final Path PG_BIN = Path.of(System.getenv().getOrDefault("PG_BIN", "/usr/lib/postgresql/15/bin"));

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aBaseBackupAndItsArchivedWalRestoreEveryCommittedRow() throws Exception {
        assumeTrue(Files.isExecutable(PG_BIN.resolve("initdb")), "PostgreSQL's programs are not in " + PG_BIN + " (set PG_BIN)");
        Path script = Path.of(System.getProperty("epma.config.dir")).getParent().resolve("scripts/restore-drill.sh");

        Process drill = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
        String output = new String(drill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(drill.waitFor(4, TimeUnit.MINUTES), output);
        System.out.print(output);

        assertEquals(0, drill.exitValue(), output);
        assertTrue(output.contains("restore drill passed"), output);
        assertTrue(output.contains("(500 of them written after the base backup, replayed from the archive)"), output);
    }
}
