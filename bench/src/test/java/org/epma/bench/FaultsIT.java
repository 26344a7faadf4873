package org.epma.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The quick fault runs in every "mvn verify", on one boot: the database restarted, made read-only, and the dispensing
 * peer down for 10 s, each under nurses' and a pharmacist's load (bench/README.md, "Fault runs"). The kill -9 and
 * disk-full runs and longer outages are the bench-faults profile's.
 */
class FaultsIT {

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void noAcknowledgedWriteIsLostOrDoubledAndEveryAnswerIsClear_whenTheDatabaseRestartsOrRefusesChangesOrThePeerIsDown()
            throws Exception {
        FaultBenchmark run = new FaultBenchmark(BootSettings.fromSystemProperties(0, Duration.ZERO),
                List.of(FaultBenchmark.Fault.DB_RESTART, FaultBenchmark.Fault.READ_ONLY, FaultBenchmark.Fault.PEER_DOWN),
                Duration.ofSeconds(5), Duration.ofSeconds(10), 2, 2, System.out);

        assertEquals(List.of(), run.run());
    }
}
