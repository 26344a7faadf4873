package org.epma.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stopping processes that should already have gone: politely first, then by force. */
final class ProcessTree {

    private ProcessTree() {
    }

    /** Stops every process in {@code processes} still alive; returns how many there were. */
    static int stop(List<ProcessHandle> processes, Duration grace) throws InterruptedException {
        List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : alive) {
            try {
                process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException stillThere) {
                process.destroyForcibly();
            }
        }
        return alive.size();
    }
}
