package org.epma.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The launcher started beside something that already holds one of its ports, as when the demo runs: it must stop at
 * once and say which port and which setting moves it, not wait out its ready time-out.
 */
class LauncherBesideTheDemoIT {

    private Process launcher;
    private Path dataDir;

    @AfterEach
    void stopLauncher() throws Exception {
        if (launcher != null && launcher.isAlive()) {
            List<ProcessHandle> tree = launcher.descendants().toList();
            launcher.destroy();
            launcher.waitFor(60, TimeUnit.SECONDS);
            ProcessTree.stop(tree, Duration.ofSeconds(10));
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void stopsBeforeStartingAnything_namingTheHl7PortInUseAndItsSetting() throws Exception {
        try (ServerSocket demo = listening()) {
            int hl7 = demo.getLocalPort();
            long started = System.nanoTime();
            String output = runToExit(start(hl7, new StringBuilder()));

            assertEquals(1, launcher.exitValue(), output);
            assertTrue(output.contains("ePMA cannot start: port " + hl7 + " (the HL7 listener"), output);
            assertTrue(output.contains("EPMA_HL7_INBOUND_PORT=<port>"), output);
            assertFalse(Files.exists(dataDir.resolve("training-db")), "no database was started");
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(60), "it stopped at once");
        }
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void stopsAsSoonAsTheDeploymentFails_whenThePortIsTakenAfterItsCheck() throws Exception {
        int hl7 = FreePort.any();
        StringBuilder output = new StringBuilder();
        Process process = start(hl7, output);
        CompletableFuture<ServerSocket> taken = new CompletableFuture<>();
        // the port is free when the launcher checks it and taken by the time Payara deploys the application
        Thread reader = new Thread(() -> copy(process, output, line -> {
            if (line.startsWith("No EPMA_DB_URL set") && !taken.isDone()) {
                try {
                    ServerSocket socket = new ServerSocket();
                    socket.setReuseAddress(true);
                    socket.bind(new InetSocketAddress(hl7));
                    taken.complete(socket);
                } catch (IOException e) {
                    taken.completeExceptionally(e);
                }
            }
        }));
        reader.start();
        try (ServerSocket other = taken.get(2, TimeUnit.MINUTES)) {
            assertTrue(process.waitFor(6, TimeUnit.MINUTES), "the launcher exited");
            reader.join(10_000);
            String said = output.toString();
            assertEquals(1, process.exitValue(), said);
            assertTrue(said.contains("ePMA did not start: the deployment failed: port " + hl7 + " (the HL7 listener for ADT and"
                    + " RDS^O13) is already in use. Move it with EPMA_HL7_INBOUND_PORT=<port>"), said);
            assertFalse(said.contains("ePMA ready"), said);
        }
    }

    private Process start(int hl7Port, StringBuilder output) throws IOException {
        BootSettings settings = BootSettings.fromSystemProperties(0, Duration.ZERO);
        dataDir = Files.createTempDirectory("epma-beside-demo-");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", settings.classPath(),
                "-Depma.port=" + FreePort.any(),
                "-Depma.hl7.inbound-port=" + hl7Port,
                "-Depma.data.dir=" + dataDir,
                "-Depma.war=" + settings.war(),
                "-Depma.payaraMicroJar=" + settings.payaraMicroJar(),
                "-Depma.config.dir=" + settings.configDir(),
                LauncherProcess.LAUNCHER_CLASS).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("EPMA_"));
        launcher = builder.start();
        return launcher;
    }

    private String runToExit(Process process) throws Exception {
        StringBuilder output = new StringBuilder();
        copy(process, output, line -> { });
        process.waitFor(1, TimeUnit.MINUTES);
        return output.toString();
    }

    private static void copy(Process process, StringBuilder output, java.util.function.Consumer<String> watch) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                watch.accept(line);
            }
        } catch (IOException ended) {
            // the process has gone
        }
    }

    private static ServerSocket listening() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(0));
        return socket;
    }
}
