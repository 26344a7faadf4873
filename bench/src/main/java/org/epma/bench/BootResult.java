package org.epma.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link BootBenchmark} measured. Both boot times count from the start of the launcher process:
 * the ready line is what a user waits for, the first 200 from /api/v1/system is when the application (not
 * just the HTTP server) first answers; Payara Micro's CPU time by the ready line, where /proc tells it. Memory is
 * Payara Micro's resident set, in KiB.
 */
public record BootResult(Duration readyLine, Duration systemAnswered, long payaraPid, Optional<Duration> payaraCpuAtReady,
                         OptionalLong residentAfterBootKiB,
                         OptionalLong residentAfterLoadKiB, OptionalLong peakResidentKiB, LoadResult load, Path log) {
}
