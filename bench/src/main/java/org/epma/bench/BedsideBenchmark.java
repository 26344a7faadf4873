package org.epma.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.epma.prescribing.sitedata.CsvTable;
import org.epma.web.testdata.AdministrationJson;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.PatientJson;
import org.epma.web.testdata.SignatureJson;

/**
 * The bedside benchmark, against a running ePMA with its training data: fills ward CYBI (30 beds) with patients on
 * 15 current orders each that started four days ago (once; a later run reuses them), then
 * <ol>
 *   <li>makes 30 more such patients (on no ward) and records every unrecorded dose of them and of the ward's
 *   patients (scanned wristband and product, five-rights checks, late entries with their reason) at a steady rate,
 *   as many nurses would, and reports the rate reached and the latencies; the ward is then up to date, as a
 *   ward is;</li>
 *   <li>has {@code users} nurses open the ward's drug round again and again, first with a pause of about a second
 *   between (still far more often than the screen's own refresh each minute), then with no pause (a closed loop: the
 *   load is as much as the server takes), and reports the latencies of each.</li>
 * </ol>
 */
public final class BedsideBenchmark {

    static final String WARD = "CYBI";
    /** Regular orders an older patient on a medical ward might well have all at once (config/formulary/order-sentences.csv). */
    static final List<String> ORDERS = List.of(
            "PARACETAMOL-TAB-500,1,g,PO,QDS", "OMEPRAZOLE-GRCAP-20,20,mg,PO,OD", "AMLODIPINE-TAB-5,5,mg,PO,OD",
            "RAMIPRIL-CAP-2P5,2.5,mg,PO,OD", "ATORVASTATIN-TAB-20,20,mg,PO,ON", "FUROSEMIDE-TAB-40,40,mg,PO,MANE",
            "BISOPROLOL-TAB-2P5,2.5,mg,PO,OD", "LEVETIRACETAM-TAB-500,500,mg,PO,BD", "METFORMIN-TAB-500,500,mg,PO,BD",
            "ASPIRIN-DISPTAB-75,75,mg,PO,OD", "SENNA-TAB-7P5,15,mg,PO,ON", "LACTULOSE-SOL-667-1ML,15,mL,PO,BD",
            "LEVOTHYROXINE-TAB-50MICROG,50,microgram,PO,MANE", "THIAMINE-TAB-100,100,mg,PO,TDS", "ENOXAPARIN-PFS-40,40,mg,SC,OD");
    private static final List<String> BEDS = beds();
    private static final String FLUID = "NACL-0P9-1000ML";
    private static final int SEED_THREADS = 4;
    private static final int RECORD_THREADS = 16;

    private final URI base;
    private final int users;
    private final Duration duration;
    private final int recordsPerSecond;
    private final Map<String, String> gtins;
    /** The patients this run made on no ward, whose doses the recording phase records. */
    private final ConcurrentLinkedQueue<Long> offWard = new ConcurrentLinkedQueue<>();

    private record Dose(long patientId, String hospitalNumber, long prescriptionId, String scheduledAt, String productCode,
                        String route, String state) {
    }

    public BedsideBenchmark(URI base, int users, Duration duration, int recordsPerSecond, Path configDir) {
        this.base = base;
        this.users = users;
        this.duration = duration;
        this.recordsPerSecond = recordsPerSecond;
        this.gtins = gtins(configDir);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        String url = options.getOrDefault("url", "");
        BedsideBenchmark benchmark = new BedsideBenchmark(URI.create(url.isBlank() ? "http://localhost:8080/" : url),
                Integer.parseInt(options.getOrDefault("users", "50")), Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "30"))),
                Integer.parseInt(options.getOrDefault("rate", "100")), Path.of(System.getProperty("epma.config.dir", "config")));
        if (options.containsKey("infusions")) {
            System.out.printf("Infusions: %d sodium chloride 0.9%% bags started on ward %s%n", benchmark.startInfusions(), WARD);
        }
        if (options.containsKey("oxygen")) {
            System.out.printf("Oxygen: %d patients on ward %s on oxygen, %d checks recorded%n", benchmark.startOxygen(),
                    WARD, benchmark.oxygenChecks);
        }
        // --round-only: the drug round again on a ward a previous run filled, without adding patients or records
        boolean clean = options.containsKey("round-only") ? benchmark.loadRound(Duration.ofSeconds(1)) & benchmark.loadRound(Duration.ZERO)
                : benchmark.run();
        System.exit(clean ? 0 : 1);
    }

    boolean run() throws Exception {
        long started = System.nanoTime();
        Set<String> occupied = occupied();
        int created = seed(BEDS.stream().filter(bed -> !occupied.contains(bed)).toList());
        System.out.printf("Ward %s: %d beds, %d orders each (%d patients created now, %.1f s)%n", WARD, BEDS.size(), ORDERS.size(),
                created, (System.nanoTime() - started) / 1e9);
        seed(Collections.nCopies(BEDS.size(), null));
        List<Long> recording = new ArrayList<>(offWard);
        recording.addAll(wardPatients());
        List<Dose> doses = unrecordedDoses(recording);
        System.out.printf("Doses to record: the %d unrecorded doses of the ward's patients and of %d more like them on no ward,"
                + " whose orders began four days ago%n", doses.size(), offWard.size());
        boolean recordsClean = recordAtRate(doses);
        boolean roundClean = loadRound(Duration.ofSeconds(1)) & loadRound(Duration.ZERO);
        return recordsClean && roundClean;
    }

    private List<Long> wardPatients() {
        return ApiSession.logIn(base, "nurse.evans", "training-nurse-1").get("api/v1/wards/" + WARD + "/patients").json()
                .asJsonArray().getValuesAs(JsonObject.class).stream().map(p -> p.getJsonNumber("patientId").longValue()).toList();
    }

    private Set<String> occupied() {
        ApiSession nurse = ApiSession.logIn(base, "nurse.evans", "training-nurse-1");
        return nurse.get("api/v1/wards/" + WARD + "/patients").json().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(p -> !isNull(p, "bed")).map(p -> p.getString("bed")).collect(Collectors.toSet());
    }

    /** A benchmark patient with the orders for each of these beds (a null bed: on no ward); returns how many. */
    private int seed(List<String> empty) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SEED_THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < SEED_THREADS; t++) {
                int slot = t;
                work.add(pool.submit(() -> {
                    ApiSession doctor = ApiSession.logIn(base, "dr.jones", "training-doctor-1");
                    ApiSession pharmacist = ApiSession.logIn(base, "pharm.hughes", "training-pharmacist");
                    for (int i = slot; i < empty.size(); i += SEED_THREADS) {
                        admitWithOrders(doctor, pharmacist, empty.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return empty.size();
    }

    private void admitWithOrders(ApiSession doctor, ApiSession pharmacist, String bed) {
        PatientJson newPatient = PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("BN"))
                .named("Bench", bed == null ? "Recording" : "Bed " + bed).bornOn(LocalDate.of(1950, 1, 1)).sex("MALE");
        long patient = doctor.must("POST", "api/v1/patients", newPatient.toString()).json().asJsonObject()
                .getJsonNumber("id").longValue();
        if (bed != null) {
            doctor.must("POST", "api/v1/patients/" + patient + "/admission", PatientJson.admission(WARD, bed));
        } else {
            offWard.add(patient);
        }
        doctor.must("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "72"));
        doctor.must("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("EGFR", "85"));
        doctor.must("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());
        Instant start = Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        for (String order : ORDERS) {
            String[] f = order.split(",");
            JsonObject draft = doctor.must("POST", "api/v1/patients/" + patient + "/prescriptions", OrderJson.of(f[0]).dose(f[1], f[2])
                    .route(f[3]).frequency(f[4]).start(start).toString()).json().asJsonObject();
            long id = draft.getJsonNumber("id").longValue();
            signAndVerify(doctor, pharmacist, id);
        }
    }

    /** The draft signed by the doctor (its severe alerts overridden as reviewed) and verified by the pharmacist. */
    private static void signAndVerify(ApiSession doctor, ApiSession pharmacist, long id) {
        JsonObject prescription = doctor.get("api/v1/prescriptions/" + id).json().asJsonObject();
        doctor.must("POST", "api/v1/prescriptions/" + id + "/sign",
                SignatureJson.forDraft(prescription).overridingSevere("Benchmark patient: reviewed").toString());
        pharmacist.must("POST", "api/v1/prescriptions/" + id + "/verify", null);
    }

    /**
     * For each patient on the ward, a fluid prescribed, signed and verified (sodium chloride 0.9% 1 L over 8 hours) and its
     * first bag started by a nurse's scans: the round then carries a running infusion for every patient (issue 17's
     * benchmark of the drug round with infusions running).
     */
    private int startInfusions() {
        ApiSession doctor = ApiSession.logIn(base, "dr.jones", "training-doctor-1");
        ApiSession pharmacist = ApiSession.logIn(base, "pharm.hughes", "training-pharmacist");
        ApiSession nurse = ApiSession.logIn(base, "nurse.evans", "training-nurse-1");
        String bag = "(01)" + gtins.get(FLUID) + "(10)BENCHBAG";
        int started = 0;
        for (JsonObject row : nurse.get("api/v1/wards/" + WARD + "/patients").json().asJsonArray().getValuesAs(JsonObject.class)) {
            long patient = row.getJsonNumber("patientId").longValue();
            long id = doctor.must("POST", "api/v1/patients/" + patient + "/infusions", "{\"kind\":\"FLUID\",\"productCode\":\""
                    + FLUID + "\",\"durationHours\":8}").json().asJsonObject().getJsonObject("order").getJsonNumber("id").longValue();
            signAndVerify(doctor, pharmacist, id);
            ApiSession.Answer answer = nurse.send("POST", "api/v1/patients/" + patient + "/infusions/" + id + "/events",
                    "{\"event\":\"STARTED\",\"wristband\":\"" + row.getString("hospitalNumber") + "\",\"product\":\"" + bag + "\"}",
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            if (answer.status() != 201) {
                throw new IllegalStateException("starting the bag of order " + id + " answered " + answer.status() + ": " + answer.body());
            }
            started++;
        }
        return started;
    }

    /** The oxygen checks {@link #startOxygen} recorded. */
    private int oxygenChecks;

    /**
     * For each patient on the ward, oxygen prescribed to the BTS standard target (94–98%, nasal cannulae 1 to 4 L/min) and
     * four checks taken over the last four hours: the round then carries the order in use and its latest check for every
     * patient (docs/bedside-observations.md, "On the drug round").
     */
    private int startOxygen() {
        ApiSession doctor = ApiSession.logIn(base, "dr.jones", "training-doctor-1");
        ApiSession nurse = ApiSession.logIn(base, "nurse.evans", "training-nurse-1");
        int patients = 0;
        for (JsonObject row : nurse.get("api/v1/wards/" + WARD + "/patients").json().asJsonArray().getValuesAs(JsonObject.class)) {
            long patient = row.getJsonNumber("patientId").longValue();
            long order = doctor.must("POST", "api/v1/oxygen/orders", "{\"patientId\":" + patient + ",\"targetKind\":\"STANDARD\","
                    + "\"device\":\"NASAL_CANNULAE\",\"flowLowest\":1,\"flowHighest\":4}").json().asJsonObject()
                    .getJsonNumber("id").longValue();
            for (int hoursAgo = 4; hoursAgo >= 1; hoursAgo--) {
                String at = Instant.now().minus(hoursAgo, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
                nurse.must("POST", "api/v1/oxygen/orders/" + order + "/checks", "{\"saturation\":" + (92 + hoursAgo)
                        + ",\"device\":\"NASAL_CANNULAE\",\"flow\":2,\"checkedAt\":\"" + at + "\"}");
                oxygenChecks++;
            }
            patients++;
        }
        return patients;
    }

    /** Every scheduled dose of these patients from the orders' start until now that has no record yet. */
    private List<Dose> unrecordedDoses(List<Long> patients) {
        ApiSession nurse = ApiSession.logIn(base, "nurse.evans", "training-nurse-1");
        String from = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String to = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        List<Dose> doses = new ArrayList<>();
        for (long id : patients) {
            JsonObject chart = nurse.get("api/v1/patients/" + id + "/mar?from=" + from + "&to=" + to).json().asJsonObject();
            JsonObject patient = chart.getJsonObject("patient");
            for (JsonObject row : chart.getJsonArray("orders").getValuesAs(JsonObject.class)) {
                JsonObject order = row.getJsonObject("order");
                for (JsonObject dose : row.getJsonArray("doses").getValuesAs(JsonObject.class)) {
                    String state = dose.getString("state");
                    if (state.equals("OVERDUE") || state.equals("DUE")) {
                        doses.add(new Dose(id, patient.getString("hospitalNumber"), order.getJsonNumber("id").longValue(),
                                dose.getString("scheduledAt"), order.getString("productCode"), order.getString("route"), state));
                    }
                }
            }
        }
        Collections.shuffle(doses);
        return doses;
    }

    /** Records the doses at {@code recordsPerSecond}, spread over worker threads each logged in as a nurse. */
    private boolean recordAtRate(List<Dose> doses) throws Exception {
        int count = doses.size();
        if (count == 0) {
            System.out.println("Recording: no unrecorded doses left on the ward (run again after the next dose times)");
            return true;
        }
        ConcurrentLinkedQueue<Dose> queue = new ConcurrentLinkedQueue<>(doses.subList(0, count));
        ExecutorService workers = Executors.newFixedThreadPool(RECORD_THREADS);
        List<LatencyRecorder> recorders = new ArrayList<>();
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / recordsPerSecond;
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        AtomicLong issued = new AtomicLong();
        for (int t = 0; t < RECORD_THREADS; t++) {
            LatencyRecorder recorder = new LatencyRecorder();
            recorders.add(recorder);
            String[] nurse = t % 2 == 0 ? new String[] {"nurse.evans", "training-nurse-1"} : new String[] {"nurse.okafor", "training-nurse-2"};
            running.add(workers.submit(() -> {
                ApiSession session = ApiSession.logIn(base, nurse[0], nurse[1]);
                Dose dose;
                while ((dose = queue.poll()) != null) {
                    // a steady rate: the n-th record starts no earlier than n periods after the start
                    long due = start + issued.getAndIncrement() * periodNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    ApiSession.Answer answer = session.send("POST", "api/v1/administrations", body(dose),
                            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                    if (answer.status() == 201) {
                        recorder.success(answer.nanos());
                    } else {
                        recorder.error(answer.status() + " " + answer.body().replaceAll(".*\"detail\":\"([^\"]{0,80}).*", "$1"));
                    }
                }
                return null;
            }));
        }
        for (Future<?> done : running) {
            done.get();
        }
        workers.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        LatencySummary summary = LatencySummary.merge(RequestType.RECORD_DOSE, recorders);
        System.out.printf("Recording doses (scanned, five-rights checked, audited), paced at %d/s with %d nurses' sessions:%n",
                recordsPerSecond, RECORD_THREADS);
        print(summary, seconds);
        return summary.errors() == 0;
    }

    private String body(Dose dose) {
        boolean late = dose.state().equals("OVERDUE");
        String gtin = gtins.get(dose.productCode());
        Instant scheduledAt = Instant.parse(dose.scheduledAt());
        AdministrationJson given = AdministrationJson.scannedAndGiven(dose.patientId(), dose.prescriptionId(), dose.hospitalNumber(),
                "(01)" + gtin + "(10)BENCH1").scheduledAt(scheduledAt);
        if (dose.route().equals("SC")) {
            given.site("abdomen");
        }
        if (late) {
            given.late(scheduledAt.plus(5, ChronoUnit.MINUTES), "Given on time, recorded afterwards (benchmark)");
        }
        return given.toString();
    }

    /**
     * {@code users} nurses open the drug round again and again for the duration, each pausing {@code think} between
     * (zero: a closed loop, the load as much as the server takes).
     */
    private boolean loadRound(Duration think) throws Exception {
        List<ApiSession> sessions = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            DemoUsers.Credentials nurse = DemoUsers.forUser(u);
            sessions.add(ApiSession.logIn(base, nurse.username(), nurse.password()));
        }
        for (int warm = 0; warm < 20; warm++) {
            sessions.get(0).get("api/v1/wards/" + WARD + "/drug-round");
        }
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<LatencyRecorder> recorders = new ArrayList<>();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        int[] size = new int[1];
        for (ApiSession session : sessions) {
            LatencyRecorder recorder = new LatencyRecorder();
            recorders.add(recorder);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    if (!think.isZero()) {
                        // spread over the pause so that the users do not all ask at the same moment
                        Thread.sleep(think.toMillis() / 2 + ThreadLocalRandom.current().nextLong(think.toMillis()));
                    }
                    ApiSession.Answer answer = session.get("api/v1/wards/" + WARD + "/drug-round");
                    if (answer.status() == 200 && answer.body().contains("\"patients\"")) {
                        recorder.success(answer.nanos());
                        size[0] = answer.body().length();
                    } else {
                        recorder.error(Integer.toString(answer.status()));
                    }
                }
                return null;
            }));
        }
        for (Future<?> done : running) {
            done.get();
        }
        pool.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        LatencySummary summary = LatencySummary.merge(RequestType.DRUG_ROUND, recorders);
        System.out.printf("Drug round of %s (%d patients x %d orders, %d kB of JSON), %d users, %s, %d s:%n",
                WARD, BEDS.size(), ORDERS.size(), size[0] / 1024, users, think.isZero() ? "closed loop (no pause)"
                        : "a pause of " + think.toMillis() / 2 + "-" + think.toMillis() * 3 / 2 + " ms between requests", duration.toSeconds());
        print(summary, seconds);
        return summary.errors() == 0;
    }

    private static void print(LatencySummary summary, double seconds) {
        System.out.printf("  %d done, %d errors %s in %.1f s = %.1f/s; latency ms p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                summary.successes(), summary.errors(), summary.errors() == 0 ? "" : summary.errorsByCause(), seconds,
                summary.successes() / seconds, summary.percentileMillis(50), summary.percentileMillis(95),
                summary.percentileMillis(99), summary.maxMillis());
    }

    private static List<String> beds() {
        List<String> beds = new ArrayList<>();
        for (int bed = 1; bed <= 28; bed++) {
            beds.add(Integer.toString(bed));
        }
        beds.add("SR1");
        beds.add("SR2");
        return List.copyOf(beds);
    }

    /** The demo GTIN of each product, for the product scans. */
    static Map<String, String> gtins(Path configDir) {
        try (Reader reader = Files.newBufferedReader(configDir.resolve("formulary/medicines.csv"), StandardCharsets.UTF_8)) {
            return CsvTable.read("medicines.csv", reader, "code", "demo_gtin").rows().stream()
                    .filter(r -> r.optional("demo_gtin") != null)
                    .collect(Collectors.toMap(r -> r.text("code"), r -> r.text("demo_gtin")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isNull(JsonObject object, String key) {
        return !object.containsKey(key) || object.get(key) == JsonValue.NULL;
    }
}
