package org.epma.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;
import org.epma.prescribing.audit.AuditChainKey;
import org.epma.prescribing.audit.AuditChainReport;
import org.epma.prescribing.audit.AuditChainVerifier;
import org.epma.prescribing.testing.TestDatabase;

/**
 * One or more ePMA instances started by the launcher as a site starts them, sharing one PostgreSQL database made for
 * the run (on the server EPMA_TEST_DB_URL names, otherwise an embedded one) with the training users and patients, one
 * audit key, and one dispensing peer ({@link OrderCountingPeer}). With more than one they form a Payara data grid
 * cluster on loopback under a cluster name of the run's own, so they never join a demo or another run on the machine.
 * Every port is a free one. {@link #close()} stops them all and drops the database.
 */
final class ClusteredApplication implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(250);

    private final TestDatabase database;
    private final OrderCountingPeer peer;
    private final List<LauncherProcess> launchers = new ArrayList<>();
    private final List<URI> urls = new ArrayList<>();
    private final List<Path> dataDirs = new ArrayList<>();
    private AuditChainKey auditKey;

    private ClusteredApplication(TestDatabase database, OrderCountingPeer peer) {
        this.database = database;
        this.peer = peer;
    }

    /**
     * Starts {@code instances} instances one after another (the first migrates the database and loads the training
     * data; the others find it done) and returns once each answers /api/v1/system.
     */
    static ClusteredApplication start(BootSettings settings, int instances, PrintStream progress) throws IOException, InterruptedException {
        TestDatabase database = TestDatabase.create("cluster");
        OrderCountingPeer peer = OrderCountingPeer.start();
        ClusteredApplication application = new ClusteredApplication(database, peer);
        try {
            Path work = Files.createTempDirectory("epma-cluster-");
            application.dataDirs.add(work);
            Map<String, String> shared = new HashMap<>();
            shared.put("EPMA_DB_URL", database.jdbcUrl());
            shared.put("EPMA_DB_USER", database.appUser());
            shared.put("EPMA_DB_PASSWORD", database.appPassword());
            shared.put("EPMA_TRAINING", "true");
            Path key = work.resolve("audit.key");
            application.auditKey = AuditChainKey.readOrCreate(key);
            shared.put("EPMA_AUDIT_KEY_FILE", key.toString());
            Path destinations = work.resolve("hl7-destinations.csv");
            Files.writeString(destinations, "name,host,port,connect_timeout_ms,ack_timeout_ms,message_type,send_on,max_attempts\n"
                    + "DISPENSARY,127.0.0.1," + peer.port() + ",2000,10000,RDE_O11,VERIFICATION,30\n");
            shared.put("EPMA_HL7_DESTINATIONS_FILE", destinations.toString());
            shared.put("EPMA_HL7_INBOUND_PORT", "0");
            List<Integer> gridPorts = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                gridPorts.add(freePort());
            }
            if (instances > 1) {
                shared.put("EPMA_CLUSTER_NAME", "epma-bench-" + UUID.randomUUID().toString().substring(0, 8));
                shared.put("EPMA_CLUSTER_MEMBERS", gridPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(",")));
            }
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            for (int i = 0; i < instances; i++) {
                Map<String, String> environment = new HashMap<>(shared);
                environment.put("EPMA_CLUSTER_PORT", Integer.toString(gridPorts.get(i)));
                int port = freePort();
                Path dataDir = Files.createTempDirectory("epma-instance-");
                application.dataDirs.add(dataDir);
                Path log = settings.logDir().resolve("epma-cluster-" + stamp + "-" + (char) ('a' + i) + "-" + port + ".log");
                progress.printf("Starting instance %c on port %d (data grid port %d, log %s)%n", 'A' + i, port, gridPorts.get(i), log);
                LauncherProcess launcher = LauncherProcess.start(settings, port, dataDir, log, environment);
                application.launchers.add(launcher);
                URI url = URI.create("http://127.0.0.1:" + port + "/");
                awaitReady(launcher, url, settings.bootTimeout());
                application.urls.add(url);
                progress.printf("Instance %c ready after %.1f s%n", 'A' + i, launcher.sinceStart().toMillis() / 1000.0);
            }
            return application;
        } catch (IOException | InterruptedException | RuntimeException failed) {
            application.close();
            throw failed;
        }
    }

    List<URI> urls() {
        return List.copyOf(urls);
    }

    OrderCountingPeer peer() {
        return peer;
    }

    /** Payara Micro's resident memory now, per instance, in KiB. */
    List<OptionalLong> residentKiB() {
        return launchers.stream().map(l -> l.readyLine().map(r -> ResidentMemory.residentKiB(r.payaraPid())).orElse(OptionalLong.empty()))
                .toList();
    }

    /**
     * The connections the instances hold to the run's database now, how many of them are running a statement, and how
     * many of those are waiting for a lock another holds.
     */
    int[] databaseConnections() {
        try (Connection connection = database.superuserConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("select count(*), count(*) filter (where state = 'active'),"
                     + " count(*) filter (where state = 'active' and wait_event_type = 'Lock') from pg_stat_activity"
                     + " where datname = current_database() and pid <> pg_backend_pid()")) {
            row.next();
            return new int[] {row.getInt(1), row.getInt(2), row.getInt(3)};
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the database's connections", e);
        }
    }

    /** Writes a hospital's past into the run's database, linked into the audit chain with the instances' key. */
    YearOfRecords.Written writeHistory(YearOfRecords.Scale scale, Map<String, String> gtins, PrintStream progress) {
        try (Connection connection = database.superuserConnection()) {
            return YearOfRecords.write(connection, auditKey, gtins, scale, progress);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the history", e);
        }
    }

    /** Instance {@code index}'s Payara Micro process id, once it was ready. */
    OptionalLong payaraPid(int index) {
        return launchers.get(index).readyLine().map(r -> OptionalLong.of(r.payaraPid())).orElse(OptionalLong.empty());
    }

    /** Kills instance {@code index}'s Payara Micro with SIGKILL (no shutdown of any kind) and waits until it is gone. */
    void killInstance(int index) throws InterruptedException {
        long pid = launchers.get(index).readyLine().orElseThrow().payaraPid();
        ProcessHandle.of(pid).ifPresent(payara -> {
            payara.destroyForcibly();
            payara.onExit().join();
        });
    }

    /** The audit chain checked from its first entry, with the instances' key. */
    AuditChainReport verifyAuditChain() {
        try (Connection connection = database.superuserConnection()) {
            return new AuditChainVerifier(connection, auditKey).verify();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the audit chain", e);
        }
    }

    /** A superuser connection to the run's database, for a benchmark to write its own records; the caller closes it. */
    Connection connection() throws SQLException {
        return database.superuserConnection();
    }

    /** One number from the run's database, e.g. outbox rows still waiting. */
    long count(String query) {
        try (Connection connection = database.superuserConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + query, e);
        }
    }

    @Override
    public void close() {
        for (LauncherProcess launcher : launchers) {
            try {
                launcher.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        peer.close();
        database.close();
        for (Path dir : dataDirs) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException | UncheckedIOException leftBehind) {
                // a temporary folder left behind is harmless
            }
        }
    }

    private static void awaitReady(LauncherProcess launcher, URI url, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(url.resolve("api/v1/system")).timeout(Duration.ofSeconds(5)).build();
        while (launcher.sinceStart().compareTo(timeout) < 0) {
            if (!launcher.isAlive() || launcher.endedWithoutReadyLine()) {
                throw new IllegalStateException("an instance exited before it was ready; log " + launcher.log()
                        + System.lineSeparator() + launcher.tail());
            }
            try {
                if (launcher.readyLine().isPresent()
                        && client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("an instance was not ready within " + timeout.toSeconds() + " s; log " + launcher.log()
                + System.lineSeparator() + launcher.tail());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
