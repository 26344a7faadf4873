package org.epma.web.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.epma.prescribing.audit.AuditChainKey;

/**
 * Starts ePMA: with EPMA_DB_URL, EPMA_DB_USER and EPMA_DB_PASSWORD set it uses that PostgreSQL; without
 * them it starts the embedded training database (TRAINING mode, demo data). Then it runs Payara Micro with
 * the WAR in a child process and prints the address once the application itself answers.
 *
 * <p>Settings (system property, or environment variable): epma.port / EPMA_PORT (8080),
 * epma.data.dir / EPMA_DATA_DIR (~/.epma), epma.config.dir / EPMA_CONFIG_DIR, epma.war, epma.payaraMicroJar,
 * epma.java.options / EPMA_JAVA_OPTIONS (Payara Micro's JVM options), epma.hl7.inbound-port /
 * EPMA_HL7_INBOUND_PORT (2576: the MLLP listener for ADT and RDS^O13; 0 turns it off), epma.https.port /
 * EPMA_HTTPS_PORT (unset: no HTTPS listener) with epma.https.cert-alias / EPMA_HTTPS_CERT_ALIAS (the key in the
 * keystore named by -Djavax.net.ssl.keyStore in EPMA_JAVA_OPTIONS; docs/operations.md), epma.ready-timeout-seconds /
 * EPMA_READY_TIMEOUT_SECONDS (180: how long it waits for the application to answer before it gives up), epma.training /
 * EPMA_TRAINING (with EPMA_DB_URL: load the demo users and patients into that database, for benchmarks and drills only).
 *
 * <p>Several instances (docs/operations.md, "More than one instance"): epma.cluster.members / EPMA_CLUSTER_MEMBERS, the
 * data grid addresses of the instances as host:port, comma separated (unset: this instance runs alone, not clustered);
 * epma.cluster.port / EPMA_CLUSTER_PORT, this instance's own data grid port (6900); epma.cluster.name /
 * EPMA_CLUSTER_NAME (epma), so that two sites' clusters on one network never join each other.
 */
public final class Launcher {

    private static final Duration DEPLOYMENT_CAUSE_WAIT = Duration.ofSeconds(1);
    /**
     * How long the HTTP port may stay closed after Payara Micro says it is ready (it opens the port just before): a
     * port it cannot open (taken by something else since the launcher checked it) fails without a word in its log, and
     * the wait would otherwise last the whole ready time-out.
     */
    private static final Duration PORT_OPENING = Duration.ofSeconds(15);
    /**
     * A young generation of 256 MB: with the default third of a 256 MB start heap, the drug round benchmark's minute of
     * load stopped every request for about 330 young collections and 2 or 3 full ones, 5 s in all; now 120 to 140 young
     * ones, about 2 s (bench/README.md, "Request threads and the young generation"). The parallel collector gave no more
     * throughput.
     */
    private static final String JAVA_OPTIONS = "-Xms512m -Xmx768m -Xmn256m -XX:+UseSerialGC";
    /**
     * Payara Micro opens its HTTP port before it deploys the application and, until the deployment ends, answers with
     * its own HTML pages: 404 (no such address; a client could read "no such patient" into it) and 500 (bench/README.md,
     * the fault runs: 633 and 107 of them after a kill -9). So the port opens only once the deployment has ended; until
     * then a connection is refused, which every client reads as "not up yet".
     */
    private static final String HTTP_LISTENER =
            "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.enabled=";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Instant launched = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        if (args.length > 0 && "verify-audit".equals(args[0])) {
            System.exit(AuditVerificationCommand.run());
        }
        int port = Integer.parseInt(setting("epma.port", "EPMA_PORT", "8080"));
        String inboundPort = setting("epma.hl7.inbound-port", "EPMA_HL7_INBOUND_PORT", "2576").strip();
        String httpsPort = setting("epma.https.port", "EPMA_HTTPS_PORT", null);
        // before the database starts: a port already taken (most often by the demo) is named at once
        ListeningPort web = new ListeningPort(port, "the web application", "epma.port", "EPMA_PORT");
        List<ListeningPort> ports = new ArrayList<>(List.of(web,
                new ListeningPort(Integer.parseInt(inboundPort), "the HL7 listener for ADT and RDS^O13; 0 turns it off",
                        "epma.hl7.inbound-port", "EPMA_HL7_INBOUND_PORT")));
        if (httpsPort != null) {
            ports.add(new ListeningPort(Integer.parseInt(httpsPort.strip()), "HTTPS", "epma.https.port", "EPMA_HTTPS_PORT"));
        }
        var taken = ListeningPort.firstTaken(ports);
        if (taken.isPresent()) {
            System.err.println("ePMA cannot start: " + taken.get());
            System.exit(1);
        }
        Path dataDir = Path.of(setting("epma.data.dir", "EPMA_DATA_DIR", System.getProperty("user.home") + "/.epma"));
        Path configDir = Path.of(required("epma.config.dir", "EPMA_CONFIG_DIR")).toAbsolutePath();
        Path war = Path.of(required("epma.war", "EPMA_WAR"));
        Path payaraJar = Path.of(required("epma.payaraMicroJar", "EPMA_PAYARA_MICRO_JAR"));

        Properties app = new Properties();
        app.setProperty("epma.config.dir", configDir.toString());
        app.setProperty("epma.data.dir", dataDir.toAbsolutePath().toString());
        app.setProperty("epma.hl7.inbound-port", inboundPort);
        TrainingDatabase training = null;
        String dbUrl = System.getenv("EPMA_DB_URL");
        if (dbUrl == null || dbUrl.isBlank()) {
            System.out.println("No EPMA_DB_URL set: starting the embedded training database in " + dataDir.resolve("training-db"));
            training = TrainingDatabase.start(dataDir.resolve("training-db"));
            app.setProperty("epma.db.url", training.jdbcUrl());
            app.setProperty("epma.db.user", training.user());
            app.setProperty("epma.db.password", training.password());
            app.setProperty("epma.training", "true");
            Path keyFile = TrainingDatabase.auditKeyFile(dataDir);
            System.out.println("Audit key " + AuditChainKey.readOrCreate(keyFile).id() + " in " + keyFile);
            app.setProperty("epma.audit.key-file", keyFile.toAbsolutePath().toString());
        } else {
            // the application reads EPMA_DB_* and EPMA_AUDIT_KEY_FILE from its environment through MicroProfile Config
            app.setProperty("epma.training", Boolean.toString(Boolean.parseBoolean(setting("epma.training", "EPMA_TRAINING", "false"))));
        }
        Files.createDirectories(dataDir);
        Path systemProperties = dataDir.resolve("payara-system.properties");
        try (Writer out = Files.newBufferedWriter(systemProperties, StandardCharsets.UTF_8)) {
            app.store(out, "written by the ePMA launcher at each start");
        }

        Path beforeBoot = dataDir.resolve("payara-pre-boot.asadmin");
        Files.write(beforeBoot, beforeBoot(configDir.resolve("payara/post-boot-commands.asadmin")), StandardCharsets.UTF_8);
        Path afterDeployment = dataDir.resolve("payara-post-deploy.asadmin");
        Files.write(afterDeployment, afterDeployment(), StandardCharsets.UTF_8);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(setting("epma.java.options", "EPMA_JAVA_OPTIONS", JAVA_OPTIONS).trim().split("\\s+")));
        // the data grid binds to the interface the site's commands name (loopback), not to every address
        command.add("-Dhazelcast.socket.bind.any=false");
        command.addAll(List.of("-jar", payaraJar.toString()));
        command.addAll(clusterOptions());
        command.addAll(List.of("--port", Integer.toString(port),
                "--contextroot", "/",
                "--systemproperties", systemProperties.toString(),
                // before boot: after it, changing the HTTP listener restarts it, and the data grid is already bound
                "--prebootcommandfile", beforeBoot.toString(),
                "--postdeploycommandfile", afterDeployment.toString(),
                "--logproperties", configDir.resolve("payara/logging.properties").toString(),
                "--deploy", war.toString()));
        if (httpsPort != null) {
            command.addAll(List.of("--sslport", Integer.toString(Integer.parseInt(httpsPort.strip()))));
            String alias = setting("epma.https.cert-alias", "EPMA_HTTPS_CERT_ALIAS", null);
            if (alias != null) {
                command.addAll(List.of("--sslcert", alias.strip()));
            }
        }
        long started = System.nanoTime();
        Instant payaraStarted = Instant.now();
        Process payara = new ProcessBuilder(command).redirectErrorStream(true).start();
        TrainingDatabase database = training;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, database)));
        DeploymentWatch deployment = new DeploymentWatch();
        Thread logs = new Thread(() -> copyLog(payara, deployment), "payara-log");
        logs.setDaemon(true);
        logs.start();

        Duration readyTimeout = Duration.ofSeconds(Long.parseLong(
                setting("epma.ready-timeout-seconds", "EPMA_READY_TIMEOUT_SECONDS", "180").strip()));
        Optional<String> notReady = awaitReady(web, payara, deployment, readyTimeout);
        if (notReady.isPresent()) {
            System.err.println("ePMA did not start: " + notReady.get() + " (the Payara Micro log is above).");
            System.exit(1);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double launcherSeconds = Duration.between(launched, payaraStarted).toMillis() / 1e3;
        System.out.println();
        System.out.println("==================================================================");
        if (training != null) {
            System.out.println(" TRAINING — not for clinical use / HYFFORDDIANT — nid at ddefnydd clinigol");
            System.out.println(" Demo users (user name / password), from " + configDir.resolve("training/users.csv") + ":");
            DemoUsers.print(configDir.resolve("training/users.csv"));
        }
        if (httpsPort != null) {
            System.out.println(" HTTPS: https://localhost:" + httpsPort.strip() + "/");
        }
        // where a slow start went: the launcher's own part (the embedded database) or Payara Micro's, and how much of
        // Payara's was CPU rather than waiting for a busy machine
        System.out.printf(" Started in %.1f s: the launcher %.1f s, Payara Micro %.1f s%s. Stop with Ctrl+C.%n",
                launcherSeconds + seconds, launcherSeconds, seconds, payara.toHandle().info().totalCpuDuration()
                        .map(cpu -> String.format(" (%.1f s of CPU)", cpu.toMillis() / 1e3)).orElse(""));
        System.out.println("==================================================================");
        System.out.println("ePMA ready: http://localhost:" + port + "/ (Payara Micro pid " + payara.pid() + ")");
        System.exit(payara.waitFor());
    }

    /**
     * Alone, the data grid does not cluster. With members named, it joins them over TCP/IP only (never multicast, which
     * would find any Payara on the network), on the interface the site's commands file names (loopback by default), and
     * keeps each session's backup copy on another instance even on the same machine (no host-aware partitioning), so
     * that a session outlives the instance that held it.
     */
    static List<String> clusterOptions() {
        String members = setting("epma.cluster.members", "EPMA_CLUSTER_MEMBERS", null);
        if (members == null) {
            return List.of("--nocluster");
        }
        return List.of("--clustername", setting("epma.cluster.name", "EPMA_CLUSTER_NAME", "epma").strip(),
                "--clustermode", "tcpip:" + members.replaceAll("\\s+", ""),
                "--startport", Integer.toString(Integer.parseInt(setting("epma.cluster.port", "EPMA_CLUSTER_PORT", "6900").strip())),
                "--nohostaware");
    }

    /** The site's commands before boot, then the HTTP listener closed until {@link #afterDeployment()}. */
    static List<String> beforeBoot(Path siteCommands) throws IOException {
        List<String> commands = new ArrayList<>(Files.readAllLines(siteCommands, StandardCharsets.UTF_8));
        commands.add(HTTP_LISTENER + "false");
        return commands;
    }

    static List<String> afterDeployment() {
        return List.of(HTTP_LISTENER + "true");
    }

    /** Empty once the application answers; otherwise why the launcher gave up waiting. */
    private static Optional<String> awaitReady(ListeningPort web, Process payara, DeploymentWatch deployment, Duration timeout)
            throws InterruptedException {
        // HTTP/1.1: an HTTP/2 upgrade that times out on a busy machine broke the server's side of it ("Connection is
        // closed") and once left the probe without an answer long after the application was up
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/api/v1/system"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && payara.isAlive()) {
            if (deployment.failed()) {
                Thread.sleep(DEPLOYMENT_CAUSE_WAIT.toMillis()); // the cause follows the failure line, in its stack trace
                return Optional.of("the deployment failed: " + deployment.reason().orElseThrow());
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Optional.empty();
                }
            } catch (ConnectException closed) {
                if (deployment.payaraReadyFor(PORT_OPENING)) {
                    return Optional.of("Payara Micro started but its HTTP port did not open: "
                            + (web.taken() ? web.takenReason() : "port " + web.port() + " refuses connections"));
                }
            } catch (IOException notYet) {
                // the server is not answering yet
            }
            Thread.sleep(250);
        }
        return Optional.of(payara.isAlive() ? "no answer within " + timeout.toSeconds() + " s (EPMA_READY_TIMEOUT_SECONDS)"
                : "Payara Micro exited");
    }

    private static void copyLog(Process payara, DeploymentWatch deployment) {
        try (BufferedReader log = new BufferedReader(new InputStreamReader(payara.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = log.readLine()) != null) {
                System.out.println(line);
                deployment.read(line);
            }
        } catch (IOException ended) {
            // the process has gone
        }
    }

    private static void stop(Process payara, TrainingDatabase database) {
        payara.destroy();
        try {
            payara.waitFor();
            if (database != null) {
                database.close();
            }
        } catch (InterruptedException | IOException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String required(String property, String environment) {
        String value = setting(property, environment, null);
        if (value == null) {
            System.err.println("Set " + property + " (or " + environment + "); README.md gives the command that does it for you.");
            System.exit(2);
        }
        return value;
    }
}
