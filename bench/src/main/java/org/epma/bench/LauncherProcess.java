package org.epma.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ePMA launcher running as a child process, started exactly as a user starts it ({@code java -cp …
 * org.epma.web.launch.Launcher}). Its output (the launcher's own lines and Payara Micro's log, which the
 * launcher copies) goes to a log file, and is watched for the one line that says the application is ready.
 */
final class LauncherProcess {

    static final String LAUNCHER_CLASS = "org.epma.web.launch.Launcher";

    /** "ePMA ready: http://localhost:8080/ (Payara Micro pid 12345)", printed once the application answers. */
    private static final Pattern READY = Pattern.compile("ePMA ready: (\\S+) \\(Payara Micro pid (\\d+)\\)");
    private static final int TAIL_LINES = 60;
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(60);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);

    /** When the launcher printed its ready line, counted from the start of the process. */
    record ReadyLine(String url, long payaraPid, Duration afterStart) {
    }

    private final Process process;
    private final long startedNanos;
    private final Path log;
    private final Deque<String> tail = new ArrayDeque<>();
    private final CompletableFuture<ReadyLine> ready = new CompletableFuture<>();

    private LauncherProcess(Process process, long startedNanos, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
    }

    static LauncherProcess start(BootSettings settings, int port, Path dataDir, Path log) throws IOException {
        return start(settings, port, dataDir, log, Map.of());
    }

    /**
     * As {@link #start(BootSettings, int, Path, Path)}, with these settings added to the launcher's environment (and so
     * Payara Micro's), e.g. EPMA_HL7_DESTINATIONS_FILE: the only way an EPMA_DB_* setting reaches it, so a benchmark names
     * its own database explicitly or gets a fresh one.
     */
    static LauncherProcess start(BootSettings settings, int port, Path dataDir, Path log, Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", settings.classPath(),
                "-Depma.port=" + port,
                // never the demo's 2576: with the demo running, the deployment would fail on a port in use
                "-Depma.hl7.inbound-port=" + FreePort.any(),
                "-Depma.data.dir=" + dataDir,
                "-Depma.war=" + settings.war(),
                "-Depma.payaraMicroJar=" + settings.payaraMicroJar(),
                "-Depma.config.dir=" + settings.configDir(),
                // the launcher waits as long as the bench does: on a busy machine a boot takes minutes
                "-Depma.ready-timeout-seconds=" + settings.bootTimeout().toSeconds(),
                LAUNCHER_CLASS));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // With EPMA_DB_URL set the launcher would use that database instead of a fresh training one: a
        // benchmark must never log in to, or write audit entries into, a real hospital database.
        builder.environment().keySet().removeIf(name -> name.startsWith("EPMA_DB_"));
        builder.environment().putAll(environment);
        Files.createDirectories(log.getParent());
        long started = System.nanoTime();
        LauncherProcess launcher = new LauncherProcess(builder.start(), started, log);
        Thread reader = new Thread(launcher::copyOutput, "bench-launcher-output");
        reader.setDaemon(true);
        reader.start();
        return launcher;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void awaitExit(Duration atMost) throws InterruptedException {
        process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The exit status, once the launcher has exited (1: it gave up itself; 137/143: something killed it). */
    java.util.OptionalInt exitStatus() {
        return process.isAlive() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(process.exitValue());
    }

    Path log() {
        return log;
    }

    Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** The ready line, once it has been printed. */
    Optional<ReadyLine> readyLine() {
        return ready.isDone() && !ready.isCompletedExceptionally() ? Optional.of(ready.join()) : Optional.empty();
    }

    /** True once the launcher's output has ended without a ready line (it exited or failed). */
    boolean endedWithoutReadyLine() {
        return ready.isCompletedExceptionally();
    }

    /** The last lines of output, to show why a boot failed without sending anyone to the log. */
    String tail() {
        synchronized (tail) {
            return String.join(System.lineSeparator(), tail);
        }
    }

    /**
     * Runs on its own thread for the life of the process: it must keep reading after the ready line, or
     * the launcher would block once the pipe's buffer filled with Payara's log.
     */
    private void copyOutput() {
        Charset charset = Charset.defaultCharset(); // what the child JVM prints in
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), charset));
             BufferedWriter file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = output.readLine()) != null) {
                if (!ready.isDone()) {
                    Matcher match = READY.matcher(line);
                    if (match.find()) {
                        ready.complete(new ReadyLine(match.group(1), Long.parseLong(match.group(2)), sinceStart()));
                    }
                }
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > TAIL_LINES) {
                        tail.removeFirst();
                    }
                }
                file.write(line);
                file.newLine();
                file.flush(); // so the log is complete even if the bench is killed
            }
        } catch (IOException e) {
            ready.completeExceptionally(new UncheckedIOException(e));
        } finally {
            ready.completeExceptionally(new IllegalStateException("the launcher's output ended without a ready line"));
        }
    }

    /**
     * Stops the launcher and everything it started. First gently (SIGTERM): the launcher's shutdown hook stops
     * Payara Micro and then the embedded PostgreSQL, which is what leaves the machine clean. Whatever is still
     * running after that is killed, from a list taken before the launcher went: once it has gone its
     * children are re-parented and no longer show up as its descendants.
     */
    void stop() throws InterruptedException {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(FORCED_STOP.toSeconds(), TimeUnit.SECONDS);
        }
        List<ProcessHandle> leftOver = new ArrayList<>(tree);
        readyLine().flatMap(line -> ProcessHandle.of(line.payaraPid())).ifPresent(leftOver::add);
        ProcessTree.stop(leftOver, FORCED_STOP);
    }
}
