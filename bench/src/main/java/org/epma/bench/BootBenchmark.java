package org.epma.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Boots the whole application as a user does and measures it: time to the launcher's ready line, time to
 * the first answer from /api/v1/system, Payara Micro's resident memory after boot, the ward-list load, and
 * the resident memory after it. Every run gets a fresh data folder, so a fresh training database: the
 * numbers include creating and migrating it, and no run sees the sessions or audit trail of the last.
 */
public final class BootBenchmark {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final BootSettings settings;
    private final PrintStream progress;

    public BootBenchmark(BootSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public BootResult run() throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("epma-bench-");
        int port = FreePort.any();
        Path log = settings.logDir().resolve("epma-bench-app-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + port + ".log");
        progress.printf("Booting ePMA on port %d (data %s, log %s)%n", port, dataDir, log);
        LauncherProcess launcher;
        try {
            launcher = LauncherProcess.start(settings, port, dataDir, log);
        } catch (IOException | RuntimeException notStarted) {
            deleteRecursively(dataDir);
            throw notStarted;
        }
        Cleanup cleanup = new Cleanup(launcher, dataDir);
        // Ctrl+C during a run must not leave Payara Micro and PostgreSQL running, holding ports and memory
        Thread onExit = new Thread(cleanup::runQuietly, "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            Duration systemAnswered = awaitBoot(launcher, port);
            LauncherProcess.ReadyLine ready = launcher.readyLine().orElseThrow();
            long payara = ready.payaraPid();
            OptionalLong afterBoot = ResidentMemory.residentKiB(payara);
            // what the start cost in CPU, beside the wall time that also says how busy the machine was
            Optional<Duration> cpuAtReady = ProcessHandle.of(payara).flatMap(process -> process.info().totalCpuDuration());
            progress.printf("Ready line after %.1f s, /api/v1/system 200 after %.1f s; Payara Micro pid %d%n",
                    seconds(ready.afterStart()), seconds(systemAnswered), payara);

            progress.printf("Load: %d users for %d s%n", settings.users(), settings.loadDuration().toSeconds());
            LoadResult load = new WardListLoad(URI.create("http://127.0.0.1:" + port + "/"), settings.users(),
                    settings.loadDuration()).run();
            if (!launcher.isAlive()) {
                // Payara Micro may still answer, but a launcher that died under load is a finding in itself
                progress.println("WARNING: the launcher exited during the load" + launcher.exitStatus().stream()
                        .mapToObj(status -> " (exit status " + status + ")").findFirst().orElse(""));
            }
            OptionalLong afterLoad = ResidentMemory.residentKiB(payara);
            OptionalLong peak = ResidentMemory.peakKiB(payara);
            return new BootResult(ready.afterStart(), systemAnswered, payara, cpuAtReady, afterBoot, afterLoad, peak, load, log);
        } finally {
            cleanup.run();
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting and the hook has done (or is doing) the same cleanup
            }
        }
    }

    /**
     * Waits for both signs of life: the launcher's ready line and a 200 from /api/v1/system, polled from the
     * start so the second is measured on its own rather than after the first. Fails early if the launcher
     * exits, showing the end of its output.
     */
    private Duration awaitBoot(LauncherProcess launcher, int port) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/system"))
                .timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json")
                .GET()
                .build();
        Duration systemAnswered = null;
        // until the application is deployed its port stays closed (the launcher opens it afterwards): an answer that
        // is not the application's own (Payara's HTML 404 or 500) is a client misled into "no such thing"
        Map<String, Integer> notTheApplications = new TreeMap<>();
        while (true) {
            if (systemAnswered == null) {
                Optional<HttpResponse<Void>> answer = ask(client, probe);
                if (answer.isPresent() && answer.get().statusCode() == 200) {
                    systemAnswered = launcher.sinceStart();
                } else if (answer.isPresent()) {
                    String type = answer.get().headers().firstValue("Content-Type").orElse("(no type)");
                    if (!type.startsWith("application/problem+json")) {
                        notTheApplications.merge(answer.get().statusCode() + " " + type, 1, Integer::sum);
                    }
                }
            }
            if (systemAnswered != null && launcher.readyLine().isPresent()) {
                if (!notTheApplications.isEmpty()) {
                    throw bootFailed("before the application answered, its port gave answers that are not problem+json: "
                            + notTheApplications, launcher);
                }
                return systemAnswered;
            }
            if (launcher.endedWithoutReadyLine() || !launcher.isAlive()) {
                launcher.awaitExit(Duration.ofSeconds(2)); // its output ends just before the process does
                throw bootFailed("the launcher exited before it was ready" + launcher.exitStatus()
                        .stream().mapToObj(status -> " (exit status " + status + ")").findFirst().orElse(""), launcher);
            }
            if (launcher.sinceStart().compareTo(settings.bootTimeout()) > 0) {
                throw bootFailed("no ready line and /api/v1/system 200 within " + settings.bootTimeout().toSeconds()
                        + " s (ready line " + (launcher.readyLine().isPresent() ? "seen" : "not seen")
                        + ", /api/v1/system " + (systemAnswered != null ? "answered" : "not answering") + ")", launcher);
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    private static Optional<HttpResponse<Void>> ask(HttpClient client, HttpRequest probe) throws InterruptedException {
        try {
            return Optional.of(client.send(probe, HttpResponse.BodyHandlers.discarding()));
        } catch (IOException notYet) {
            return Optional.empty(); // the port is not open yet
        }
    }

    private static IllegalStateException bootFailed(String why, LauncherProcess launcher) {
        return new IllegalStateException("ePMA did not boot: " + why + ". Full log: " + launcher.log()
                + System.lineSeparator() + "---- last lines ----" + System.lineSeparator() + launcher.tail());
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /**
     * Stops the launcher's process tree, checks that the training database went with it, and deletes the data
     * folder. Runs once, from the end of the benchmark or from the shutdown hook, whichever comes first.
     */
    private final class Cleanup {

        private final LauncherProcess launcher;
        private final Path dataDir;
        private final AtomicBoolean done = new AtomicBoolean();

        Cleanup(LauncherProcess launcher, Path dataDir) {
            this.launcher = launcher;
            this.dataDir = dataDir;
        }

        void run() throws InterruptedException {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            progress.println("Stopping ePMA");
            launcher.stop();
            int orphans = ProcessTree.stop(orphanedPostgres(), Duration.ofSeconds(10));
            if (orphans > 0) {
                // the launcher should stop its database itself; say so loudly rather than tidy up silently
                progress.println("WARNING: the embedded PostgreSQL was still running after the launcher stopped;"
                        + " the bench stopped it.");
            }
            try {
                deleteRecursively(dataDir);
            } catch (IOException | UncheckedIOException e) {
                progress.println("WARNING: could not delete " + dataDir + ": " + e.getMessage());
            }
        }

        void runQuietly() {
            try {
                run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * A PostgreSQL server still running on this run's data folder. pg_ctl starts it detached, so it is
         * not the launcher's descendant; PostgreSQL removes postmaster.pid when it stops, so a file still there
         * names a server that is running (or crashed, in which case the pid is checked to be a postgres).
         */
        private List<ProcessHandle> orphanedPostgres() {
            if (!Files.isDirectory(dataDir)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(dataDir, 4)) {
                return files.filter(file -> file.getFileName().toString().equals("postmaster.pid"))
                        .map(Cleanup::postmaster)
                        .flatMap(Optional::stream)
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                return List.of();
            }
        }

        private static Optional<ProcessHandle> postmaster(Path pidFile) {
            try (Stream<String> lines = Files.lines(pidFile)) {
                long pid = Long.parseLong(lines.findFirst().orElse("").trim());
                return ProcessHandle.of(pid).filter(process -> process.info().command()
                        .map(command -> command.contains("postgres")).orElse(false)); // never kill what we cannot name
            } catch (IOException | UncheckedIOException | NumberFormatException unreadable) {
                return Optional.empty();
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
