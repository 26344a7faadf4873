package org.epma.bench;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.PatientJson;
import org.epma.web.testdata.SignatureJson;

/**
 * {@code GET /api/v1/fhir/MedicationAdministration?patient=} for a patient with a week of administration records: boots
 * one instance with the launcher on a database of its own (the PostgreSQL server EPMA_TEST_DB_URL names, dropped at the
 * end), admits a patient on 15 regular orders (the bedside benchmark's, signed and verified through the API), writes
 * {@code doses-per-day} given doses of each order for {@code days} days straight into the database (a week of a busy
 * chart: 420 records with the defaults), then has one nurse ask for the whole chart {@code warmup} times and
 * {@code requests} times more, one after another, and prints p50, p95, p99 and the largest of the timed ones.
 */
public final class FhirAdministrationBenchmark {

    /** The bedside benchmark's 15 regular orders. */
    private static final List<String> ORDERS = BedsideBenchmark.ORDERS;
    private static final String WARD = "DEWI";

    private FhirAdministrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        int days = Integer.parseInt(options.getOrDefault("days", "7"));
        int dosesPerDay = Integer.parseInt(options.getOrDefault("doses-per-day", "4"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "100"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "500"));
        if (System.getenv("EPMA_TEST_DB_URL") == null) {
            System.out.println("EPMA_TEST_DB_URL is not set: the run's database is an embedded PostgreSQL (no fsync), not a durable server.");
        }
        BootSettings boot = BootSettings.fromSystemProperties(0, Duration.ZERO);
        boolean clean;
        // the instance is stopped and its database dropped before the exit (System.exit inside would skip close())
        try (ClusteredApplication application = ClusteredApplication.start(boot, 1, System.out)) {
            URI base = application.urls().get(0);
            long patient = admitWithOrders(base, days);
            int written;
            try (Connection sql = application.connection()) {
                written = writeWeek(sql, patient, days, dosesPerDay);
            }
            System.out.printf("Patient %d: %d orders, %d administration records over %d days (%d a day per order)%n", patient,
                    ORDERS.size(), written, days, dosesPerDay);
            clean = measure(base, patient, written, warmup, requests, application);
        }
        System.exit(clean ? 0 : 1);
    }

    private static long admitWithOrders(URI base, int days) {
        ApiSession doctor = ApiSession.logIn(base, "dr.jones", "training-doctor-1");
        ApiSession pharmacist = ApiSession.logIn(base, "pharm.hughes", "training-pharmacist");
        PatientJson newPatient = PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("FB"))
                .named("Bench", "Fhir").bornOn(LocalDate.of(1950, 1, 1)).sex("MALE");
        long patient = doctor.must("POST", "api/v1/patients", newPatient.toString()).json().asJsonObject().getJsonNumber("id").longValue();
        doctor.must("POST", "api/v1/patients/" + patient + "/admission", PatientJson.admission(WARD, null));
        doctor.must("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "72"));
        doctor.must("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("EGFR", "85"));
        doctor.must("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());
        Instant start = Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        for (String order : ORDERS) {
            String[] f = order.split(",");
            long id = doctor.must("POST", "api/v1/patients/" + patient + "/prescriptions", OrderJson.of(f[0]).dose(f[1], f[2])
                    .route(f[3]).frequency(f[4]).start(start).toString()).json().asJsonObject().getJsonNumber("id").longValue();
            JsonObject prescription = doctor.get("api/v1/prescriptions/" + id).json().asJsonObject();
            doctor.must("POST", "api/v1/prescriptions/" + id + "/sign",
                    SignatureJson.forDraft(prescription).overridingSevere("Benchmark patient: reviewed").toString());
            pharmacist.must("POST", "api/v1/prescriptions/" + id + "/verify", null);
        }
        return patient;
    }

    /**
     * Given doses at 06:00, 12:00, 18:00 and 22:00 UTC (the first {@code dosesPerDay} of them) of every order on each of
     * the last {@code days} days, as the bedside records them (scanned, by a training nurse). Written with SQL because
     * the API records a dose only when it is due; the FHIR search reads the records, not the orders' schedules.
     */
    private static int writeWeek(Connection sql, long patient, int days, int dosesPerDay) throws SQLException {
        int[] hours = Arrays.copyOf(new int[] {6, 12, 18, 22, 2, 9, 15, 20}, dosesPerDay);
        LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(days);
        int written = 0;
        try (PreparedStatement orders = sql.prepareStatement("select id, lineage_id, product_code, dose, dose_unit, route from prescription"
                + " where patient_id = ? and status = 'VERIFIED'");
             PreparedStatement insert = sql.prepareStatement("insert into administration (idempotency_key, patient_id, prescription_id,"
                     + " lineage_id, scheduled_at, outcome, dose, dose_unit, quantity, route, product_code, identified_by, administered_at,"
                     + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, 'GIVEN', ?, ?, 1, ?, ?, 'SCAN', ?, ?, 'nurse.evans')")) {
            orders.setLong(1, patient);
            try (ResultSet order = orders.executeQuery()) {
                while (order.next()) {
                    for (int day = 0; day < days; day++) {
                        for (int hour : hours) {
                            Instant due = first.plusDays(day).atTime(hour, 0).toInstant(ZoneOffset.UTC);
                            Timestamp at = Timestamp.from(due);
                            insert.setString(1, "fhir-bench-" + order.getLong(1) + "-" + due);
                            insert.setLong(2, patient);
                            insert.setLong(3, order.getLong(1));
                            insert.setLong(4, order.getLong(2));
                            insert.setTimestamp(5, at);
                            insert.setBigDecimal(6, order.getBigDecimal(4));
                            insert.setString(7, order.getString(5));
                            insert.setString(8, order.getString(6));
                            insert.setString(9, order.getString(3));
                            insert.setTimestamp(10, Timestamp.from(due.plusSeconds(300)));
                            insert.setTimestamp(11, Timestamp.from(due.plusSeconds(300)));
                            insert.addBatch();
                            written++;
                        }
                    }
                }
            }
            insert.executeBatch();
        }
        return written;
    }

    private static boolean measure(URI base, long patient, int expected, int warmup, int requests, ClusteredApplication application)
            throws Exception {
        ApiSession nurse = ApiSession.logIn(base, "nurse.evans", "training-nurse-1");
        String path = "api/v1/fhir/MedicationAdministration?patient=" + patient;
        ApiSession.Answer first = nurse.get(path);
        if (!first.ok() || !first.body().contains("\"total\":" + expected)) {
            System.out.printf("The search did not answer the %d records: %d %s%n", expected, first.status(),
                    first.body().substring(0, Math.min(500, first.body().length())));
            return false;
        }
        System.out.printf("One answer: %d entries, %,d bytes of FHIR JSON%n", expected, first.body().length());
        for (int i = 0; i < warmup; i++) {
            nurse.get(path);
        }
        String loadBefore = loadAverage();
        long transactionsBefore = transactions(application);
        long cpuBefore = cpuTicks(application);
        long[] nanos = new long[requests];
        int errors = 0;
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            ApiSession.Answer answer = nurse.get(path);
            nanos[i] = answer.nanos();
            if (!answer.ok()) {
                errors++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Thread.sleep(1500); // PostgreSQL publishes a backend's counts at most once a second
        double cpuEach = (cpuTicks(application) - cpuBefore) * 10.0 / requests; // clock ticks of 10 ms
        double transactionsEach = (transactions(application) - transactionsBefore) / (double) requests;
        Arrays.sort(nanos);
        System.out.printf("GET %s, one nurse, one request after another, %d after %d to warm up (%.1f s, %.1f a second):%n", path,
                requests, warmup, seconds, requests / seconds);
        System.out.printf("  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d errors%n", percentile(nanos, 50), percentile(nanos, 95),
                percentile(nanos, 99), nanos[nanos.length - 1] / 1e6, errors);
        System.out.printf("  %.1f ms of Payara's CPU a request (user and system time from /proc, the idle background included)%n", cpuEach);
        System.out.printf("  %.1f database transactions a request (pg_stat_database; the login check, the reads, the audit entry)%n",
                transactionsEach);
        System.out.printf("  load average (1, 5, 15 min) before the timed requests: %s, after: %s%n", loadBefore, loadAverage());
        return errors == 0;
    }

    /** Transactions committed or rolled back in the run's database so far (the benchmark's own query included). */
    private static long transactions(ClusteredApplication application) {
        return application.count("select xact_commit + xact_rollback from pg_stat_database where datname = current_database()");
    }

    /** Payara Micro's user and system CPU time so far, in clock ticks (1/100 s), from /proc/<pid>/stat. */
    private static long cpuTicks(ClusteredApplication application) {
        try {
            String stat = Files.readString(Path.of("/proc/" + application.payaraPid(0).orElseThrow() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (Exception unavailable) {
            return 0;
        }
    }

    /** Nearest rank, as {@link LatencySummary}. */
    private static double percentile(long[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(rank, sorted.length) - 1)] / 1e6;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception unavailable) {
            return "unknown";
        }
    }
}
