package org.epma.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the boot benchmark for real, small (5 users, 3 seconds), in every "mvn verify": a benchmark that is
 * only run before a release quietly stops working. It checks that the run got answers, not how fast.
 */
class BenchSmokeIT {

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void bootsTheApplicationAndGetsAnswersUnderLoad() throws Exception {
        BootSettings settings = BootSettings.fromSystemProperties(5, Duration.ofSeconds(3));

        BootResult result = new BootBenchmark(settings, System.out).run();
        new Report(System.out).print(result);

        LoadResult load = result.load();
        assertEquals(0, load.errors(), () -> "errors by cause: login " + load.logins().errorsByCause()
                + ", ward screens " + load.wardRequests().stream().map(LatencySummary::errorsByCause).toList());
        assertEquals(5, load.logins().successes(), "every user logged in");
        assertTrue(load.requests() > 0, "ward-screen requests were made");
        load.wardRequests().forEach(type -> assertTrue(type.successes() > 0, type.label() + " answered"));
        assertTrue(result.readyLine().toMillis() > 0 && result.systemAnswered().toMillis() > 0, "boot was timed");
        if (Files.exists(Path.of("/proc/self/status"))) { // resident memory is read from Linux's /proc
            assertTrue(result.residentAfterBootKiB().orElse(0) > 0, "resident memory after boot");
            assertTrue(result.residentAfterLoadKiB().orElse(0) > 0, "resident memory after load");
        }
    }
}
