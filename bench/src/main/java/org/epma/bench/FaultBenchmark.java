package org.epma.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.PatientJson;
import org.epma.web.testdata.SignatureJson;

/**
 * The fault runs of issue 16: boots the application as a user does (training mode, its own embedded PostgreSQL in a
 * fresh folder, a free port, a counting dispensing peer on a free port), puts nurses recording scanned doses and a
 * pharmacist verifying orders on it, and while they work injects one fault after another:
 * <ul>
 *   <li>{@code db-restart}: the database stopped (fast shutdown) and started again some seconds later;</li>
 *   <li>{@code read-only}: the database set to refuse changes (default_transaction_read_only, reloaded into every
 *   open session), then back;</li>
 *   <li>{@code disk-full}: the database's file system filled up (the data folder on a small tmpfs, mounted for the
 *   run: needs root), then space freed;</li>
 *   <li>{@code peer-down}: the dispensing peer's port closed, then opened again;</li>
 *   <li>{@code app-kill}: Payara Micro killed with SIGKILL, then the application started again on the same data.</li>
 * </ul>
 * After each it checks, in the database: every acknowledged (2xx) dose there exactly once, no dose recorded twice;
 * and that every answer to a client was a 2xx, a 4xx, or a 503 problem+json. At the end it waits for the outbox to
 * drain and counts at the peer: every message once, and each patient's in the order written. It prints what happened
 * and exits 1 if any check failed.
 */
public final class FaultBenchmark {

    enum Fault {
        DB_RESTART, READ_ONLY, DISK_FULL, PEER_DOWN, APP_KILL;

        static Fault of(String name) {
            return valueOf(name.strip().toUpperCase().replace('-', '_'));
        }

        String label() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    private static final List<String> ORDERS = List.of("PARACETAMOL-TAB-500,1,g,PO,QDS", "OMEPRAZOLE-GRCAP-20,20,mg,PO,OD",
            "LEVETIRACETAM-TAB-500,500,mg,PO,BD", "METFORMIN-TAB-500,500,mg,PO,BD", "THIAMINE-TAB-100,100,mg,PO,TDS",
            "LACTULOSE-SOL-667-1ML,15,mL,PO,BD");
    private static final Duration BEFORE_FAULT = Duration.ofSeconds(8);
    private static final Duration AFTER_FAULT = Duration.ofSeconds(10);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration OUTBOX_DRAIN = Duration.ofMinutes(8);
    private static final String TMPFS_SIZE = "700m";
    private static final int TOP_UP_BELOW_DOSES = 80;
    private static final int TOP_UP_BELOW_ORDERS = 10;
    private static final int TOP_UP_PATIENTS = 2;

    private final BootSettings settings;
    private final List<Fault> faults;
    private final Duration down;
    private final Duration peerDown;
    private final int patients;
    private final int nurses;
    private final PrintStream out;
    private final Map<String, String> gtins;

    private LauncherProcess launcher;
    private URI base;
    private TrainingPostgres postgres;
    private Path dataDir;
    private boolean tmpfs;
    private final List<String> failures = new ArrayList<>();
    private final Set<Long> verified = new HashSet<>();
    private final Set<Long> discontinued = new HashSet<>();

    FaultBenchmark(BootSettings settings, List<Fault> faults, Duration down, Duration peerDown, int patients, int nurses,
                   PrintStream out) {
        this.settings = settings;
        this.faults = faults;
        this.down = down;
        this.peerDown = peerDown;
        this.patients = patients;
        this.nurses = nurses;
        this.out = out;
        this.gtins = BedsideBenchmark.gtins(settings.configDir());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        String names = options.getOrDefault("faults", "");
        List<Fault> faults = names.isBlank() || names.equals("all") ? List.of(Fault.values())
                : Arrays.stream(names.split(",")).map(Fault::of).toList();
        FaultBenchmark run = new FaultBenchmark(BootSettings.fromSystemProperties(0, Duration.ZERO), faults,
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("down-seconds", "10"))),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("peer-down-seconds", "30"))),
                Integer.parseInt(options.getOrDefault("patients", "4")), Integer.parseInt(options.getOrDefault("nurses", "4")),
                System.out);
        List<String> failed = run.run();
        System.out.flush();
        if (!failed.isEmpty()) {
            System.err.println("The fault runs found " + failed.size() + " problems: " + failed);
        }
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    /** Runs the faults in turn; returns what went wrong (empty: every check held). */
    List<String> run() throws Exception {
        Path root = Files.createTempDirectory("epma-fault-");
        dataDir = root.resolve("data");
        Files.createDirectories(dataDir);
        tmpfs = faults.contains(Fault.DISK_FULL) && mountTmpfs(dataDir);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        postgres = new TrainingPostgres(dataDir, settings.logDir().resolve("epma-fault-postgres-" + stamp + ".log"));
        int port = FreePort.any();
        base = URI.create("http://127.0.0.1:" + port + "/");
        try (CountingPeer peer = new CountingPeer(FreePort.any())) {
            peer.start();
            // a boot on a machine shared with other builds can take longer than the launcher's own three minutes
            Map<String, String> environment = Map.of("EPMA_HL7_DESTINATIONS_FILE", peer.destinationsFile(root).toString(),
                    "EPMA_READY_TIMEOUT_SECONDS", Long.toString(READY_TIMEOUT.toSeconds()));
            Path log = settings.logDir().resolve("epma-fault-app-" + stamp + "-" + port + ".log");
            out.printf("Fault runs %s: ePMA on port %d (data %s%s, log %s), dispensing peer on port %d%n",
                    faults.stream().map(Fault::label).toList(), port, dataDir, tmpfs ? " on a " + TMPFS_SIZE + " tmpfs" : "", log,
                    peer.port());
            try {
                launcher = LauncherProcess.start(settings, port, dataDir, log, environment);
                awaitReady();
                Queue<WardWork.Dose> doses = new ConcurrentLinkedQueue<>();
                Queue<Long> toVerify = new ConcurrentLinkedQueue<>();
                long readPatient = seed(patients, doses, toVerify);
                String readWard = ApiSession.logIn(base, "nurse.evans", "training-nurse-1").get("api/v1/wards").json().asJsonArray()
                        .getJsonObject(0).getString("code");
                for (Fault fault : faults) {
                    phase(fault, doses, toVerify, readWard, readPatient, peer, port, log, environment);
                }
                checkOutbox(peer);
            } finally {
                if (launcher != null) {
                    launcher.stop();
                }
                if (tmpfs) {
                    new ProcessBuilder("umount", dataDir.toString()).inheritIO().start().waitFor();
                }
                deleteQuietly(root);
            }
        }
        out.println(failures.isEmpty() ? "Every check held." : "Problems: " + failures);
        return failures;
    }

    private void phase(Fault fault, Queue<WardWork.Dose> doses, Queue<Long> toVerify, String readWard, long readPatient,
                       CountingPeer peer, int port, Path log, Map<String, String> environment) throws Exception {
        if (fault == Fault.DISK_FULL && !tmpfs) {
            out.println("\n== disk-full: not run. It needs the data folder on a small file system of its own, which this run"
                    + " mounts as a tmpfs, and mounting needs root (or the mount was refused).");
            return;
        }
        if (doses.size() < TOP_UP_BELOW_DOSES || toVerify.size() < TOP_UP_BELOW_ORDERS) {
            seed(TOP_UP_PATIENTS, doses, toVerify); // each fault gets work, however fast the ones before went
        }
        out.printf("%n== %s (%d doses and %d orders to verify left)%n", fault.label(), doses.size(), toVerify.size());
        WardWork work = new WardWork(base, doses, toVerify, nurses);
        long administrationsBefore = administrations();
        work.start(readWard, readPatient);
        sleep(BEFORE_FAULT);
        String what = switch (fault) {
            case DB_RESTART -> restartDatabase(work);
            case READ_ONLY -> readOnly(work);
            case DISK_FULL -> diskFull(work);
            case PEER_DOWN -> peerDown(work, peer);
            case APP_KILL -> killApplication(work, port, log, environment);
        };
        sleep(AFTER_FAULT);
        work.stop();
        out.println("  fault: " + what);
        report(fault, work, administrationsBefore);
    }

    private String restartDatabase(WardWork work) throws Exception {
        long started = System.nanoTime();
        postgres.stop();
        double stopped = seconds(started);
        sleep(down);
        postgres.start();
        work.mark();
        return String.format("PostgreSQL stopped (fast shutdown, %.1f s) and started again after %.1f s down", stopped,
                seconds(started) - stopped);
    }

    private String readOnly(WardWork work) throws Exception {
        work.reading(true);
        sleep(Duration.ofSeconds(3));
        postgres.execute("alter system set default_transaction_read_only = on", "select pg_reload_conf()");
        sleep(Duration.ofSeconds(1)); // sessions take the reloaded setting at their next statement
        long before = administrations();
        sleep(Duration.ofSeconds(15));
        long during = administrations() - before;
        postgres.execute("set default_transaction_read_only = off", "alter system reset default_transaction_read_only",
                "select pg_reload_conf()");
        work.mark();
        sleep(Duration.ofSeconds(3));
        work.reading(false);
        if (during != 0) {
            failures.add("read-only: " + during + " doses were stored while the database refused changes");
        }
        return "default_transaction_read_only on for 15 s (ALTER SYSTEM, reloaded), then off; doses stored meanwhile: " + during;
    }

    private String diskFull(WardWork work) throws Exception {
        work.reading(true);
        Path filler = dataDir.resolve("filler");
        long filled = 0;
        byte[] block = new byte[1 << 20];
        try (OutputStream file = Files.newOutputStream(filler)) {
            while (true) {
                file.write(block);
                filled += block.length;
            }
        } catch (IOException full) {
            // the file system is full: what PostgreSQL now meets at its next write
        }
        long before = administrationsOrMinusOne();
        sleep(Duration.ofSeconds(15));
        long during = administrationsOrMinusOne() - before;
        Files.delete(filler);
        boolean crashed = !Files.exists(dataDir.resolve("training-db/postmaster.pid"));
        if (crashed) {
            postgres.start();
        }
        work.mark();
        sleep(Duration.ofSeconds(3));
        work.reading(false);
        return String.format("the database's file system filled (%d MB written to fill it) for 15 s, then freed;"
                + " doses stored meanwhile: %s; PostgreSQL %s", filled >> 20, during < 0 ? "unknown (database not answering)" : during,
                crashed ? "had stopped and was started again" : "kept running");
    }

    private String peerDown(WardWork work, CountingPeer peer) throws InterruptedException {
        peer.stop();
        sleep(peerDown);
        peer.start(); // the database never went: no recovery of writes to time, only the outbox's (checked at the end)
        return "the dispensing peer's port closed for " + peerDown.toSeconds() + " s, then open again";
    }

    private String killApplication(WardWork work, int port, Path log, Map<String, String> environment) throws Exception {
        long payara = launcher.readyLine().orElseThrow().payaraPid();
        ProcessHandle.of(payara).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL: no shutdown of any kind
        long killed = System.nanoTime();
        launcher.awaitExit(Duration.ofMinutes(1)); // the launcher exits with it and stops its database
        Path again = log.resolveSibling(log.getFileName().toString().replace(".log", "-restarted.log"));
        launcher = LauncherProcess.start(settings, port, dataDir, again, environment);
        awaitReady();
        work.mark();
        return String.format("Payara Micro (pid %d) killed with SIGKILL; the application started again and was ready %.1f s"
                + " later (log %s)", payara, seconds(killed), again);
    }

    private void report(Fault fault, WardWork work, long administrationsBefore) throws Exception {
        Set<String> acknowledged = work.acknowledgedKeys();
        Set<String> stored = storedKeys(work.sentKeys());
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(stored);
        Set<String> storedUnacknowledged = new HashSet<>(stored);
        storedUnacknowledged.removeAll(acknowledged);
        long twice = dosesRecordedTwice();
        verified.addAll(work.verified());
        verified.addAll(work.verifiedAnswerLost());
        discontinued.addAll(work.discontinued());
        double recovered = fault == Fault.PEER_DOWN ? 0 : work.secondsToFirstAcknowledgedAfterMark();
        out.printf("  doses: %d sent, %d acknowledged; in the database: %d of the acknowledged (%d missing), %d stored though"
                        + " never acknowledged, %d doses recorded twice; %d new records in all%n",
                work.sentKeys().size(), acknowledged.size(), acknowledged.size() - missing.size(), missing.size(),
                storedUnacknowledged.size(), twice, administrations() - administrationsBefore);
        out.printf("  verifications: %d acknowledged, %d stored with the answer lost (409 on the retry); %d orders stopped%n",
                work.verified().size(), work.verifiedAnswerLost().size(), work.discontinued().size());
        out.println("  answers to writes: " + work.writeAnswers());
        if (!work.readAnswers().isEmpty()) {
            out.println("  answers to reads: " + work.readAnswers());
        }
        if (fault != Fault.PEER_DOWN) {
            out.printf("  first acknowledged write after the fault ended: %s%n",
                    recovered < 0 ? "none" : String.format("%.1f s", recovered));
        }
        String name = fault.label() + ": ";
        if (!missing.isEmpty()) {
            failures.add(name + missing.size() + " acknowledged doses missing");
        }
        if (twice > 0) {
            failures.add(name + twice + " doses recorded twice");
        }
        if (work.unclearFailures() > 0) {
            failures.add(name + work.unclearFailures() + " answers were a 500 or a 5xx without problem+json");
        }
        if (work.gaveUp() > 0) {
            failures.add(name + work.gaveUp() + " requests still unanswered after " + WardWork.GIVE_UP.toMinutes() + " minutes");
        }
        if (recovered < 0) {
            failures.add(name + "no write acknowledged after the fault ended (no recovery)");
        }
    }

    /** Waits for the outbox to drain, then compares it with what the peer received. */
    private void checkOutbox(CountingPeer peer) throws Exception {
        long deadline = System.nanoTime() + OUTBOX_DRAIN.toNanos();
        long waiting;
        while ((waiting = scalar("select count(*) from outbox_message where status <> 'DELIVERED'")) > 0 && System.nanoTime() < deadline) {
            sleep(Duration.ofSeconds(2));
        }
        Map<String, Long> idByControl = new LinkedHashMap<>();
        Map<Long, Long> patientById = new HashMap<>();
        try (Connection db = postgres.superuser(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select id, patient_id, control_id from outbox_message order by id")) {
            while (rows.next()) {
                idByControl.put(rows.getString(3), rows.getLong(1));
                patientById.put(rows.getLong(1), rows.getLong(2));
            }
        }
        List<CountingPeer.Received> received = peer.received();
        Map<String, Long> copies = received.stream().collect(Collectors.groupingBy(CountingPeer.Received::controlId, Collectors.counting()));
        long once = idByControl.keySet().stream().filter(control -> copies.getOrDefault(control, 0L) == 1).count();
        long repeated = idByControl.keySet().stream().filter(control -> copies.getOrDefault(control, 0L) > 1).count();
        long never = idByControl.keySet().stream().filter(control -> !copies.containsKey(control)).count();
        long strangers = copies.keySet().stream().filter(control -> !idByControl.containsKey(control)).count();
        // each patient's messages in the order the outbox holds them (id order), by their first arrival
        Map<Long, Long> lastIdByPatient = new HashMap<>();
        Set<String> seen = new HashSet<>();
        long outOfOrder = 0;
        for (CountingPeer.Received message : received) {
            Long id = idByControl.get(message.controlId());
            if (id == null || !seen.add(message.controlId())) {
                continue;
            }
            Long previous = lastIdByPatient.put(patientById.get(id), id);
            if (previous != null && previous > id) {
                outOfOrder++;
            }
        }
        long newOrders = countByPrescription("NW", verified);
        long stops = countByPrescription("DC", discontinued);
        out.printf("%n== outbox and the dispensing peer%n  outbox: %d messages, %d not delivered after waiting up to %d min%n",
                idByControl.size(), waiting, OUTBOX_DRAIN.toMinutes());
        out.printf("  at the peer: %d messages received; %d once, %d more than once, %d never, %d not from this outbox;"
                + " %d arrived before an earlier message of the same patient%n", received.size(), once, repeated, never, strangers, outOfOrder);
        out.printf("  orders verified in the runs: %d, with %d new-order messages; orders stopped: %d, with %d stop messages%n",
                verified.size(), newOrders, discontinued.size(), stops);
        if (waiting > 0 || never > 0) {
            failures.add("outbox: " + waiting + " not delivered, " + never + " never at the peer");
        }
        if (repeated > 0 && !faults.contains(Fault.APP_KILL)) {
            failures.add("outbox: " + repeated + " messages reached the peer more than once");
        } else if (repeated > 0) {
            // acknowledged by the peer, then killed before the delivery was committed: sent again with the same MSH-10
            out.printf("  (%d sent again after the kill -9, with the same control id (MSH-10): a receiver that drops a"
                    + " repeated control id, as ePMA's own listener does, applies each once)%n", repeated);
        }
        if (outOfOrder > 0) {
            failures.add("outbox: " + outOfOrder + " messages overtook an earlier one of the same patient");
        }
        if (newOrders != verified.size() || stops != discontinued.size()) {
            failures.add("outbox: one new-order message per verified order and one stop per stopped order expected");
        }
    }

    /** Outbox rows of this order control for these orders; each should have exactly one. */
    private long countByPrescription(String orderControl, Set<Long> orders) throws Exception {
        try (Connection db = postgres.superuser();
             PreparedStatement sql = db.prepareStatement("select count(*) from outbox_message where order_control = ? and prescription_id = any(?)")) {
            sql.setString(1, orderControl);
            sql.setArray(2, db.createArrayOf("bigint", orders.toArray()));
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Set<String> storedKeys(Set<String> sent) throws Exception {
        Set<String> stored = new HashSet<>();
        try (Connection db = postgres.superuser();
             PreparedStatement sql = db.prepareStatement("select idempotency_key from administration where idempotency_key = any(?)")) {
            Array keys = db.createArrayOf("varchar", sent.toArray());
            sql.setArray(1, keys);
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        return stored;
    }

    private long dosesRecordedTwice() throws Exception {
        return scalar("select count(*) from (select prescription_id, scheduled_at from administration where outcome <> 'IN_ERROR'"
                + " and scheduled_at is not null group by 1, 2 having count(*) > 1) twice");
    }

    private long administrations() throws Exception {
        return scalar("select count(*) from administration");
    }

    /** The count, or -1 when the database does not answer (a full disk may have stopped it). */
    private long administrationsOrMinusOne() {
        try {
            return administrations();
        } catch (Exception unreachable) {
            return -1;
        }
    }

    private long scalar(String query) throws IOException, SQLException {
        try (Connection db = postgres.superuser(); Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Patients on 6 regular orders that began four days ago (verified: their overdue doses are the nurses' work) and
     * as many with 6 signed orders waiting for the pharmacist. Returns a patient whose chart the reader opens.
     */
    private long seed(int patients, Queue<WardWork.Dose> doses, Queue<Long> toVerify) {
        long started = System.nanoTime();
        ApiSession doctor = ApiSession.logIn(base, "dr.jones", "training-doctor-1");
        ApiSession pharmacist = ApiSession.logIn(base, "pharm.hughes", "training-pharmacist");
        ApiSession nurse = ApiSession.logIn(base, "nurse.evans", "training-nurse-1");
        Instant fourDaysAgo = Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        List<WardWork.Dose> due = new ArrayList<>();
        List<Long> waiting = new ArrayList<>();
        long first = 0;
        for (int p = 0; p < patients; p++) {
            long patient = patientWithOrders(doctor, fourDaysAgo, pharmacist, null);
            first = first == 0 ? patient : first;
            due.addAll(dueDoses(nurse, patient));
            patientWithOrders(doctor, Instant.now(), null, waiting);
        }
        Collections.shuffle(due);
        doses.addAll(due);
        toVerify.addAll(waiting);
        out.printf("Seeded %d patients with doses due (%d doses) and %d with %d orders to verify in %.1f s%n", patients, due.size(),
                patients, waiting.size(), seconds(started));
        return first;
    }

    /** A patient with {@link #ORDERS} signed from {@code start}: verified by {@code pharmacist}, or added to {@code unverified}. */
    private long patientWithOrders(ApiSession doctor, Instant start, ApiSession pharmacist, List<Long> unverified) {
        PatientJson newPatient = PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("FT"))
                .named("Fault", "Run").bornOn(LocalDate.of(1950, 1, 1)).sex("FEMALE");
        long patient = doctor.must("POST", "api/v1/patients", newPatient.toString()).json().asJsonObject().getJsonNumber("id").longValue();
        doctor.must("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "68"));
        doctor.must("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("EGFR", "85"));
        doctor.must("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());
        for (String order : ORDERS) {
            String[] f = order.split(",");
            long id = doctor.must("POST", "api/v1/patients/" + patient + "/prescriptions", OrderJson.of(f[0]).dose(f[1], f[2])
                    .route(f[3]).frequency(f[4]).start(start).toString()).json().asJsonObject().getJsonNumber("id").longValue();
            JsonObject draft = doctor.get("api/v1/prescriptions/" + id).json().asJsonObject();
            doctor.must("POST", "api/v1/prescriptions/" + id + "/sign", SignatureJson.forDraft(draft).overridingSevere("Fault run: reviewed").toString());
            if (pharmacist != null) {
                pharmacist.must("POST", "api/v1/prescriptions/" + id + "/verify", null);
            } else {
                unverified.add(id);
            }
        }
        return patient;
    }

    private List<WardWork.Dose> dueDoses(ApiSession nurse, long patientId) {
        String from = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String to = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        JsonObject chart = nurse.get("api/v1/patients/" + patientId + "/mar?from=" + from + "&to=" + to).json().asJsonObject();
        String hospitalNumber = chart.getJsonObject("patient").getString("hospitalNumber");
        List<WardWork.Dose> due = new ArrayList<>();
        for (JsonObject row : chart.getJsonArray("orders").getValuesAs(JsonObject.class)) {
            JsonObject order = row.getJsonObject("order");
            for (JsonObject dose : row.getJsonArray("doses").getValuesAs(JsonObject.class)) {
                String state = dose.getString("state");
                if (state.equals("OVERDUE") || state.equals("DUE")) {
                    due.add(new WardWork.Dose(patientId, hospitalNumber, order.getJsonNumber("id").longValue(),
                            Instant.parse(dose.getString("scheduledAt")), gtins.get(order.getString("productCode")),
                            order.getString("route"), state.equals("OVERDUE")));
                }
            }
        }
        return due;
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (launcher.readyLine().isEmpty()) {
            if (launcher.endedWithoutReadyLine() || System.nanoTime() > deadline) {
                throw new IllegalStateException("ePMA did not start; log " + launcher.log() + System.lineSeparator() + launcher.tail());
            }
            sleep(Duration.ofMillis(200));
        }
    }

    /** The data folder on a small tmpfs of its own, so that filling it fills only the database's disk. */
    private boolean mountTmpfs(Path folder) {
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + TMPFS_SIZE, "tmpfs", folder.toString())
                    .redirectErrorStream(true).start();
            String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (mount.waitFor() != 0) {
                out.println("Could not mount a tmpfs for disk-full (" + said + ")");
                return false;
            }
            return true;
        } catch (IOException | InterruptedException notPossible) {
            return false;
        }
    }

    private static void deleteQuietly(Path root) {
        try (var files = Files.walk(root)) {
            files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: the system cleans it up later
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
