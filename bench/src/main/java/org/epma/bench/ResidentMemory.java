package org.epma.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A process's memory as the operating system sees it (Linux /proc/&lt;pid&gt;/status), not as the JVM reports
 * its heap: resident memory is what a ward server actually has to have, heap plus metaspace, code cache,
 * thread stacks and native buffers.
 */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** Resident set size now, in KiB; empty where there is no /proc or the process has gone. */
    static OptionalLong residentKiB(long pid) {
        return field(pid, "VmRSS:");
    }

    /** The peak resident set size since the process started, in KiB. */
    static OptionalLong peakKiB(long pid) {
        return field(pid, "VmHWM:");
    }

    private static OptionalLong field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(name)) {
                    // e.g. "VmRSS:\t  524288 kB"
                    return OptionalLong.of(Long.parseLong(line.substring(name.length()).replace("kB", "").trim()));
                }
            }
        } catch (IOException | NumberFormatException notAvailable) {
            // not Linux, or the process has exited
        }
        return OptionalLong.empty();
    }
}
