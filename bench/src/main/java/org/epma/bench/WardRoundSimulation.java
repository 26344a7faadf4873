package org.epma.bench;

import jakarta.json.JsonObject;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.epma.web.testdata.AdministrationJson;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.PatientJson;
import org.epma.web.testdata.SignatureJson;

/**
 * A hospital's ward round against one or more instances: on every ward, nurses open the drug round and record scanned
 * doses (five-rights checked, audited), a doctor prescribes (the order checks run at signing) and pharmacists verify
 * what is waiting, which puts an order message in the outbox for the HL7 senders. Every user's requests go to the
 * instances in turn, as a load balancer without stickiness would send them. Reports requests a second and
 * p50/p95/p99 per action, errors by cause, each instance's resident memory, the database connections in use (the
 * largest seen), and at the end what the dispensing peer received: every verified order once, none twice.
 *
 * <p>Run it with {@code mvn -q -pl bench -am -DskipTests verify -Pbench-ward-round} (bench/README.md).
 */
final class WardRoundSimulation {

    /** The training wards (config/wards.csv). */
    static final List<String> WARDS = List.of("DEWI", "TEIFI", "CYBI");
    /** Regular orders from the order sentences (config/formulary/order-sentences.csv), as BedsideBenchmark gives its patients. */
    private static final List<String> ORDERS = List.of(
            "PARACETAMOL-TAB-500,1,g,PO,QDS", "OMEPRAZOLE-GRCAP-20,20,mg,PO,OD", "AMLODIPINE-TAB-5,5,mg,PO,OD",
            "ATORVASTATIN-TAB-20,20,mg,PO,ON", "LEVETIRACETAM-TAB-500,500,mg,PO,BD", "METFORMIN-TAB-500,500,mg,PO,BD",
            "SENNA-TAB-7P5,15,mg,PO,ON", "THIAMINE-TAB-100,100,mg,PO,TDS");
    private static final String[][] NURSES = {{"nurse.evans", "training-nurse-1"}, {"nurse.okafor", "training-nurse-2"},
            {"nurse.williams", "training-nurse-3"}, {"nurse.morgan", "training-nurse-4"}};
    private static final String[][] DOCTORS = {{"dr.jones", "training-doctor-1"}, {"dr.patel", "training-doctor-2"}};
    private static final String[] PHARMACIST = {"pharm.hughes", "training-pharmacist"};

    enum Action { DRUG_ROUND, MAR_CHART, RECORD_DOSE, PRESCRIBE, VERIFY }

    record Settings(Duration duration, int patientsPerWard, int nursesPerWard, Duration nurseThink, Duration doctorThink,
                    Duration pharmacistThink) {
        static Settings of(Map<String, String> options) {
            return new Settings(Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "600"))),
                    Integer.parseInt(options.getOrDefault("patients-per-ward", "4")),
                    Integer.parseInt(options.getOrDefault("nurses-per-ward", "4")),
                    Duration.ofMillis(Long.parseLong(options.getOrDefault("nurse-think-ms", "3000"))),
                    Duration.ofMillis(Long.parseLong(options.getOrDefault("doctor-think-ms", "10000"))),
                    Duration.ofMillis(Long.parseLong(options.getOrDefault("pharmacist-think-ms", "4000"))));
        }
    }

    private record Dose(long patientId, String hospitalNumber, long prescriptionId, Instant scheduledAt, String productCode,
                        String route, boolean overdue) {
    }

    /** What one run measured. */
    record Outcome(Map<Action, LatencySummary> actions, double seconds, int peakConnections, int peakActiveConnections,
                   double meanActiveConnections, double meanWaitingOnLock,
                   List<OptionalLong> residentKiB, long hardStops, long verified, long ordersAtPeer, Map<String, Long> duplicatesAtPeer,
                   long outboxWaiting) {
        long errors() {
            return actions.values().stream().mapToLong(LatencySummary::errors).sum();
        }
    }

    private final ClusteredApplication application;
    private final List<URI> instances;
    private final Settings settings;
    private final Map<String, String> gtins;
    private final Map<String, List<Long>> patientsByWard = new HashMap<>();
    private final Map<String, ConcurrentLinkedQueue<Dose>> dosesByWard = new HashMap<>();
    private final AtomicInteger verified = new AtomicInteger();
    private final AtomicInteger hardStops = new AtomicInteger();

    WardRoundSimulation(ClusteredApplication application, Settings settings, Path configDir) {
        this.application = application;
        this.instances = application.urls();
        this.settings = settings;
        this.gtins = BedsideBenchmark.gtins(configDir);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        Settings settings = Settings.of(options);
        BootSettings boot = BootSettings.fromSystemProperties(0, settings.duration());
        long errors = 0;
        int beds = Integer.parseInt(options.getOrDefault("history-beds", "800"));
        double stayDays = Double.parseDouble(options.getOrDefault("history-stay-days", "5"));
        for (String count : options.getOrDefault("instances", "1,2").split(",")) {
            int instances = Integer.parseInt(count.strip());
            for (String history : options.getOrDefault("history-days", "0").split(",")) {
                int days = Integer.parseInt(history.strip());
                System.out.printf("%n== Ward round, %d instance%s, %d s, %s ==%n", instances, instances == 1 ? "" : "s",
                        settings.duration().toSeconds(), days == 0 ? "fresh database"
                                : String.format("after %d days of a %d-bed hospital's records", days, beds));
                try (ClusteredApplication application = ClusteredApplication.start(boot, instances, System.out)) {
                    if (days > 0) {
                        application.writeHistory(new YearOfRecords.Scale(beds, days, stayDays), BedsideBenchmark.gtins(boot.configDir()),
                                System.out).print(System.out);
                    }
                    Outcome outcome = new WardRoundSimulation(application, settings, boot.configDir()).run(System.out);
                    print(outcome, instances, System.out);
                    errors += outcome.errors() + outcome.duplicatesAtPeer().size() + outcome.outboxWaiting();
                }
            }
        }
        System.exit(errors == 0 ? 0 : 1);
    }

    Outcome run(PrintStream progress) throws Exception {
        long seeding = System.nanoTime();
        seed();
        int doses = dosesByWard.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
        progress.printf("Seeded %d wards x %d patients x %d orders in %.1f s: %d doses to record%n", WARDS.size(),
                settings.patientsPerWard(), ORDERS.size(), (System.nanoTime() - seeding) / 1e9, doses);
        long baseline = application.peer().received();

        List<SimulatedUser> users = new ArrayList<>();
        Map<Action, List<LatencyRecorder>> recorders = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            recorders.put(action, Collections.synchronizedList(new ArrayList<>()));
        }
        long end = System.nanoTime() + settings.duration().toNanos();
        int userNumber = 0;
        for (String ward : WARDS) {
            for (int n = 0; n < settings.nursesPerWard(); n++) {
                String[] nurse = NURSES[(userNumber++) % NURSES.length];
                users.add(() -> nurse(ward, nurse, end, recorders));
            }
            String[] doctor = DOCTORS[userNumber % DOCTORS.length];
            users.add(() -> doctor(ward, doctor, end, recorders));
            users.add(() -> pharmacist(ward, end, recorders));
        }
        ExecutorService pool = Executors.newFixedThreadPool(users.size() + 1);
        // most open and running; then the sums of running and of waiting for a lock, and the number of samples
        long[] sampled = new long[5];
        Future<?> sampler = pool.submit(() -> {
            while (System.nanoTime() < end) {
                int[] now = application.databaseConnections();
                sampled[0] = Math.max(sampled[0], now[0]);
                sampled[1] = Math.max(sampled[1], now[1]);
                sampled[2] += now[1];
                sampled[3] += now[2];
                sampled[4]++;
                TimeUnit.MILLISECONDS.sleep(500);
            }
            return null;
        });
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (SimulatedUser user : users) {
            running.add(pool.submit(() -> {
                user.work();
                return null;
            }));
        }
        for (Future<?> done : running) {
            done.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.get();
        pool.shutdownNow();
        List<OptionalLong> resident = application.residentKiB();
        long outbox = awaitOutboxDrained(Duration.ofMinutes(2));
        Map<Action, LatencySummary> summaries = new EnumMap<>(Action.class);
        recorders.forEach((action, list) -> summaries.put(action, LatencySummary.merge(type(action), list)));
        double samples = Math.max(1, sampled[4]);
        return new Outcome(summaries, seconds, (int) sampled[0], (int) sampled[1], sampled[2] / samples, sampled[3] / samples,
                resident, hardStops.get(), verified.get(),
                application.peer().received() - baseline, application.peer().duplicates(), outbox);
    }

    /** One nurse, doctor or pharmacist, working until the run's time is up. */
    @FunctionalInterface
    private interface SimulatedUser {
        void work() throws Exception;
    }

    /**
     * The drug round, then the patient's chart and the next due dose of the ward recorded as scanned at the bedside;
     * a pause between.
     */
    private void nurse(String ward, String[] account, long end, Map<Action, List<LatencyRecorder>> recorders) throws InterruptedException {
        LatencyRecorder round = recorder(recorders, Action.DRUG_ROUND);
        LatencyRecorder chart = recorder(recorders, Action.MAR_CHART);
        LatencyRecorder record = recorder(recorders, Action.RECORD_DOSE);
        Alternating session = new Alternating(ApiSession.logIn(instances.get(0), account[0], account[1]));
        while (pause(settings.nurseThink(), end)) {
            time(round, session.next().get("api/v1/wards/" + ward + "/drug-round"), 200);
            Dose dose = dosesByWard.get(ward).poll();
            if (dose != null) {
                time(chart, session.next().get("api/v1/patients/" + dose.patientId() + "/mar"), 200);
                time(record, session.next().send("POST", "api/v1/administrations", body(dose),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())), 201);
            }
        }
    }

    /** A new order for one of the ward's patients, drafted and signed (the order checks run at signing). */
    private void doctor(String ward, String[] account, long end, Map<Action, List<LatencyRecorder>> recorders) throws InterruptedException {
        LatencyRecorder prescribe = recorder(recorders, Action.PRESCRIBE);
        Alternating session = new Alternating(ApiSession.logIn(instances.get(0), account[0], account[1]));
        List<Long> patients = patientsByWard.get(ward);
        while (pause(settings.doctorThink(), end)) {
            long patient = patients.get(ThreadLocalRandom.current().nextInt(patients.size()));
            String[] f = ORDERS.get(ThreadLocalRandom.current().nextInt(ORDERS.size())).split(",");
            long started = System.nanoTime();
            ApiSession.Answer draft = session.next().send("POST", "api/v1/patients/" + patient + "/prescriptions",
                    OrderJson.of(f[0]).dose(f[1], f[2]).route(f[3]).frequency(f[4]).start(Instant.now()).toString(), Map.of());
            if (draft.status() != 201 && draft.status() != 200) {
                prescribe.error("draft " + cause(draft));
                continue;
            }
            long id = draft.json().asJsonObject().getJsonNumber("id").longValue();
            ApiSession.Answer read = session.next().get("api/v1/prescriptions/" + id);
            if (read.status() != 200) {
                prescribe.error("read " + cause(read));
                continue;
            }
            ApiSession.Answer signed = session.next().send("POST", "api/v1/prescriptions/" + id + "/sign",
                    SignatureJson.forDraft(read.json().asJsonObject()).overridingSevere("Ward round simulation: reviewed").toString(), Map.of());
            if (signed.ok()) {
                prescribe.success(System.nanoTime() - started);
            } else if (signed.status() == 409 && signed.body().contains("/problems/hard-stop")) {
                // the checks refused it (the same medicine again, a daily maximum passed): what they are for, not an error
                prescribe.success(System.nanoTime() - started);
                hardStops.incrementAndGet();
            } else {
                prescribe.error("sign " + cause(signed));
            }
        }
    }

    /** The ward's verification queue, then the first order in it verified. */
    private void pharmacist(String ward, long end, Map<Action, List<LatencyRecorder>> recorders) throws InterruptedException {
        LatencyRecorder verify = recorder(recorders, Action.VERIFY);
        Alternating session = new Alternating(ApiSession.logIn(instances.get(0), PHARMACIST[0], PHARMACIST[1]));
        while (pause(settings.pharmacistThink(), end)) {
            long started = System.nanoTime();
            ApiSession.Answer queue = session.next().get("api/v1/verification-queue?ward=" + ward);
            if (queue.status() != 200) {
                verify.error("queue " + cause(queue));
                continue;
            }
            List<JsonObject> waiting = queue.json().asJsonArray().getValuesAs(JsonObject.class);
            if (waiting.isEmpty()) {
                continue;
            }
            long id = waiting.get(0).getJsonObject("order").getJsonNumber("id").longValue();
            ApiSession.Answer done = session.next().send("POST", "api/v1/prescriptions/" + id + "/verify", null, Map.of());
            if (done.ok()) {
                verify.success(System.nanoTime() - started);
                verified.incrementAndGet();
            } else {
                verify.error("verify " + cause(done));
            }
        }
    }

    /** Waits a random part of the pause (so users do not move in step); false once the run's time is up. */
    private static boolean pause(Duration think, long end) throws InterruptedException {
        long millis = think.toMillis() / 2 + ThreadLocalRandom.current().nextLong(Math.max(1, think.toMillis()));
        TimeUnit.MILLISECONDS.sleep(Math.min(millis, Math.max(0, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
        return System.nanoTime() < end;
    }

    private static void time(LatencyRecorder recorder, ApiSession.Answer answer, int expected) {
        if (answer.status() == expected) {
            recorder.success(answer.nanos());
        } else {
            recorder.error(cause(answer));
        }
    }

    /** The status and the problem's title, e.g. "409 Conflict". */
    private static String cause(ApiSession.Answer answer) {
        return answer.status() + " " + answer.body().replaceAll("(?s).*\"title\":\"([^\"]{0,60}).*", "$1");
    }

    private static LatencyRecorder recorder(Map<Action, List<LatencyRecorder>> recorders, Action action) {
        LatencyRecorder recorder = new LatencyRecorder();
        recorders.get(action).add(recorder);
        return recorder;
    }

    private static RequestType type(Action action) {
        return switch (action) {
            case DRUG_ROUND -> RequestType.DRUG_ROUND;
            case MAR_CHART -> RequestType.MAR_CHART;
            case RECORD_DOSE -> RequestType.RECORD_DOSE;
            case PRESCRIBE -> RequestType.PRESCRIBE;
            case VERIFY -> RequestType.VERIFY;
        };
    }

    /** One user's login, each request sent to the next instance in turn. */
    private final class Alternating {
        private final List<ApiSession> sessions = new ArrayList<>();
        private int next;

        Alternating(ApiSession first) {
            instances.forEach(instance -> sessions.add(first.on(instance)));
        }

        ApiSession next() {
            return sessions.get(next++ % sessions.size());
        }
    }

    /** Each ward gets its patients, on orders that began two days ago, signed and verified; their due doses are queued. */
    private void seed() {
        ApiSession doctor = ApiSession.logIn(instances.get(0), DOCTORS[0][0], DOCTORS[0][1]);
        ApiSession pharmacist = ApiSession.logIn(instances.get(instances.size() - 1), PHARMACIST[0], PHARMACIST[1]);
        ApiSession nurse = ApiSession.logIn(instances.get(0), NURSES[0][0], NURSES[0][1]);
        Instant start = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        for (String ward : WARDS) {
            List<Long> patients = new ArrayList<>();
            for (int p = 0; p < settings.patientsPerWard(); p++) {
                long patient = doctor.must("POST", "api/v1/patients", PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("WR"))
                        .named("Round", ward + " " + p).bornOn(LocalDate.of(1948, 3, 1)).sex("FEMALE").toString())
                        .json().asJsonObject().getJsonNumber("id").longValue();
                doctor.must("POST", "api/v1/patients/" + patient + "/admission", PatientJson.admission(ward, null));
                doctor.must("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "68"));
                doctor.must("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("EGFR", "80"));
                doctor.must("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());
                for (String order : ORDERS) {
                    String[] f = order.split(",");
                    long id = doctor.must("POST", "api/v1/patients/" + patient + "/prescriptions", OrderJson.of(f[0]).dose(f[1], f[2])
                            .route(f[3]).frequency(f[4]).start(start).toString()).json().asJsonObject().getJsonNumber("id").longValue();
                    JsonObject draft = doctor.get("api/v1/prescriptions/" + id).json().asJsonObject();
                    doctor.must("POST", "api/v1/prescriptions/" + id + "/sign",
                            SignatureJson.forDraft(draft).overridingSevere("Ward round simulation: reviewed").toString());
                    pharmacist.must("POST", "api/v1/prescriptions/" + id + "/verify", null);
                }
                patients.add(patient);
            }
            patientsByWard.put(ward, patients);
            dosesByWard.put(ward, new ConcurrentLinkedQueue<>(dueDoses(nurse, patients)));
        }
    }

    private List<Dose> dueDoses(ApiSession nurse, List<Long> patients) {
        String from = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String to = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        List<Dose> doses = new ArrayList<>();
        for (long id : patients) {
            JsonObject chart = nurse.get("api/v1/patients/" + id + "/mar?from=" + from + "&to=" + to).json().asJsonObject();
            String hospitalNumber = chart.getJsonObject("patient").getString("hospitalNumber");
            for (JsonObject row : chart.getJsonArray("orders").getValuesAs(JsonObject.class)) {
                JsonObject order = row.getJsonObject("order");
                for (JsonObject dose : row.getJsonArray("doses").getValuesAs(JsonObject.class)) {
                    String state = dose.getString("state");
                    if (state.equals("OVERDUE") || state.equals("DUE")) {
                        doses.add(new Dose(id, hospitalNumber, order.getJsonNumber("id").longValue(), Instant.parse(dose.getString("scheduledAt")),
                                order.getString("productCode"), order.getString("route"), state.equals("OVERDUE")));
                    }
                }
            }
        }
        Collections.shuffle(doses);
        return doses;
    }

    private String body(Dose dose) {
        AdministrationJson given = AdministrationJson.scannedAndGiven(dose.patientId(), dose.prescriptionId(), dose.hospitalNumber(),
                "(01)" + gtins.get(dose.productCode()) + "(10)ROUND1").scheduledAt(dose.scheduledAt());
        if (dose.overdue()) {
            given.late(dose.scheduledAt().plus(5, ChronoUnit.MINUTES), "Given on time, recorded afterwards (simulation)");
        }
        return given.toString();
    }

    /** Outbox rows not yet settled once the senders have had {@code atMost} to catch up (0: all sent). */
    private long awaitOutboxDrained(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        long waiting;
        while ((waiting = application.count(OUTBOX_WAITING)) > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return waiting;
    }

    static final String OUTBOX_WAITING = "select count(*) from outbox_message where status = 'PENDING'";

    static void print(Outcome outcome, int instances, PrintStream out) {
        long requests = outcome.actions().values().stream().mapToLong(LatencySummary::requests).sum();
        out.printf("%d instance%s: %d requests in %.1f s = %.1f/s, %d errors%n", instances, instances == 1 ? "" : "s", requests,
                outcome.seconds(), requests / outcome.seconds(), outcome.errors());
        outcome.actions().forEach((action, s) -> out.printf("  %-14s %6d done %4d errors %s  %.2f/s  p50 %.0f ms  p95 %.0f ms  p99 %.0f ms  max %.0f ms%n",
                s.label(), s.successes(), s.errors(), s.errors() == 0 ? "" : s.errorsByCause(), s.successes() / outcome.seconds(),
                s.percentileMillis(50), s.percentileMillis(95), s.percentileMillis(99), s.maxMillis()));
        out.printf("  of the orders prescribed, %d were refused at signing by a hard stop of the order checks%n", outcome.hardStops());
        out.printf("  resident memory (Payara Micro) %s MiB; database connections at most %d open, %d running a statement"
                        + " (on average %.2f running, %.2f of them waiting for a lock)%n",
                outcome.residentKiB().stream().map(kib -> kib.isPresent() ? Long.toString(kib.getAsLong() / 1024) : "?").toList(),
                outcome.peakConnections(), outcome.peakActiveConnections(), outcome.meanActiveConnections(), outcome.meanWaitingOnLock());
        out.printf("  HL7: %d orders verified in the run, %d order messages at the peer, %d sent twice %s, %d still in the outbox%n",
                outcome.verified(), outcome.ordersAtPeer(), outcome.duplicatesAtPeer().size(),
                outcome.duplicatesAtPeer().isEmpty() ? "" : outcome.duplicatesAtPeer(), outcome.outboxWaiting());
    }
}
