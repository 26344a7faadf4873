package org.epma.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditChainKey;
import org.epma.prescribing.audit.AuditEntry;
import org.epma.prescribing.audit.AuditFacts;
import org.postgresql.PGConnection;

/**
 * The records a hospital's past leaves in the database: patients admitted, treated and discharged over
 * {@code days} days on {@code beds} beds spread over the site's wards, each stay with the ward round's eight regular
 * orders (drafted, signed, verified, completed at discharge), every scheduled dose recorded (one in twenty as not
 * given), the chart read before each dose round, the audit entries all of that writes (linked into the site's chain
 * with its key, so the chain still verifies) and the order messages the outbox delivered. Written with COPY straight
 * into a run's database while its instances are idle, so that the ward round can be measured on a database that has
 * grown, against the same round on a fresh one. Nobody is admitted now: the past is discharged.
 *
 * <p>Stays last {@code meanStayDays} on average (from half to one and a half times that); a new patient for each
 * stay. With 800 beds, 365 days and 5-day stays: 58,400 stays, 467,200 orders, about 4.4 million administrations.
 */
final class YearOfRecords {

    record Scale(int beds, int days, double meanStayDays) {
        long stays() {
            return Math.round(beds * (double) days / meanStayDays);
        }
    }

    /** What was written, and the database's size after. */
    record Written(long patients, long stays, long orders, long administrations, long auditEntries, long outboxMessages,
                   Duration took, long databaseBytes) {
        void print(PrintStream out) {
            out.printf("History: %,d patients, %,d stays, %,d orders, %,d administrations, %,d audit entries, %,d delivered"
                            + " order messages in %.0f s; database %,d MB%n", patients, stays, orders, administrations,
                    auditEntries, outboxMessages, took.toMillis() / 1000.0, databaseBytes / (1024 * 1024));
        }
    }

    /** A regular order of the history: the ward round's orders, with their dose times on a ward's usual round. */
    private record OrderSentence(String product, String dose, String unit, String route, String frequency, int[] hours) {
    }

    private static final List<OrderSentence> ORDERS = List.of(
            new OrderSentence("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS", new int[] {6, 12, 18, 22}),
            new OrderSentence("OMEPRAZOLE-GRCAP-20", "20", "mg", "PO", "OD", new int[] {8}),
            new OrderSentence("AMLODIPINE-TAB-5", "5", "mg", "PO", "OD", new int[] {8}),
            new OrderSentence("ATORVASTATIN-TAB-20", "20", "mg", "PO", "ON", new int[] {22}),
            new OrderSentence("LEVETIRACETAM-TAB-500", "500", "mg", "PO", "BD", new int[] {8, 20}),
            new OrderSentence("METFORMIN-TAB-500", "500", "mg", "PO", "BD", new int[] {8, 20}),
            new OrderSentence("SENNA-TAB-7P5", "15", "mg", "PO", "ON", new int[] {22}),
            new OrderSentence("THIAMINE-TAB-100", "100", "mg", "PO", "TDS", new int[] {8, 14, 22}));
    private static final String[] NURSES = {"nurse.evans", "nurse.okafor", "nurse.williams", "nurse.morgan"};
    private static final String DOCTOR = "dr.jones";
    private static final String PHARMACIST = "pharm.hughes";
    private static final DateTimeFormatter HL7_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssxx").withZone(ZoneOffset.UTC);
    /** Audit rows per COPY (the other tables go with them): big enough to stream, small enough to hold as text. */
    private static final int BATCH = 50_000;

    private final Connection sql;
    private final AuditChainKey key;
    private final Map<String, String> gtins;
    private final SplittableRandom random = new SplittableRandom(2026);
    private final Rows patients = new Rows("patient (id, hospital_number, given_name, family_name, date_of_birth, sex, allergy_status)");
    private final Rows stays = new Rows("admission (id, patient_id, ward_code, admitted_at, discharged_at, end_reason)");
    private final Rows orders = new Rows("prescription (id, lineage_id, version_no, patient_id, status, product_code, dose, dose_unit,"
            + " route, frequency, start_at, end_at, prescribed_by, drafted_by, created_at, signed_at, formulary_version, verified_by,"
            + " verified_at, status_reason, status_changed_by, status_changed_at)");
    private final Rows doses = new Rows("administration (id, idempotency_key, patient_id, prescription_id, lineage_id, scheduled_at,"
            + " outcome, not_given_reason, dose, dose_unit, quantity, route, product_code, gtin, identified_by, administered_at,"
            + " recorded_at, recorded_by)");
    private final Rows messages = new Rows("outbox_message (id, destination, patient_id, prescription_id, order_control, message_type,"
            + " control_id, status, created_at, attempts, next_attempt_at, payload, delivered_at)");
    private final Rows audit = new Rows("audit.audit_entry (seq, occurred_at, actor, actor_role, action, entity_type, entity_id,"
            + " before_state, after_state, reason, patient_ids, prev_hash, hash)");
    private final List<Rows> tables = List.of(patients, stays, orders, doses, messages, audit);
    private long seq;
    private String lastHash;

    private YearOfRecords(Connection sql, AuditChainKey key, Map<String, String> gtins) {
        this.sql = sql;
        this.key = key;
        this.gtins = gtins;
    }

    /**
     * Writes the history, in one transaction on {@code superuser} (a connection to the run's database), holding the
     * audit chain's head so that no entry of the running instances interleaves. The stays end a day before now.
     */
    static Written write(Connection superuser, AuditChainKey key, Map<String, String> gtins, Scale scale, PrintStream progress)
            throws SQLException {
        long started = System.nanoTime();
        superuser.setAutoCommit(false);
        YearOfRecords history = new YearOfRecords(superuser, key, gtins);
        history.writeAll(scale, Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), progress);
        superuser.commit();
        superuser.setAutoCommit(true);
        try (Statement analyse = superuser.createStatement()) {
            analyse.execute("analyze");
        }
        long bytes;
        try (Statement size = superuser.createStatement(); ResultSet row = size.executeQuery("select pg_database_size(current_database())")) {
            row.next();
            bytes = row.getLong(1);
        }
        return new Written(history.patients.count, history.stays.count, history.orders.count, history.doses.count,
                history.audit.count, history.messages.count, Duration.ofNanos(System.nanoTime() - started), bytes);
    }

    private void writeAll(Scale scale, Instant end, PrintStream progress) throws SQLException {
        List<String> wards = column("select code from ward order by code");
        try (Statement head = sql.createStatement();
             ResultSet row = head.executeQuery("select last_seq, last_hash, key_id from audit.audit_chain_head where id = 1 for update")) {
            row.next();
            if (!key.id().equals(row.getString("key_id"))) {
                throw new IllegalStateException("the chain is keyed with " + row.getString("key_id") + ", not the run's key " + key.id());
            }
            seq = row.getLong("last_seq");
            lastHash = row.getString("last_hash");
        }
        long stayCount = scale.stays();
        long patientId = reserve("patient", stayCount);
        long stayId = reserve("admission", stayCount);
        long orderId = reserve("prescription", stayCount * ORDERS.size());
        long messageId = reserve("outbox_message", stayCount * ORDERS.size() * 2);
        // administrations: at most every dose hour of every order for the longest stay
        int dosesPerDay = ORDERS.stream().mapToInt(o -> o.hours().length).sum();
        long doseId = reserve("administration", stayCount * (long) Math.ceil(scale.meanStayDays() * 1.5 + 1) * dosesPerDay);
        Instant first = end.minus(scale.days(), ChronoUnit.DAYS);
        long reported = System.nanoTime();
        for (long s = 0; s < stayCount; s++, patientId++, stayId++) {
            long stayHours = Math.round(scale.meanStayDays() * 24 * (0.5 + random.nextDouble()));
            Instant admitted = first.plus(random.nextLong(Math.max(1, scale.days() * 24L - stayHours)), ChronoUnit.HOURS)
                    .plus(random.nextInt(60), ChronoUnit.MINUTES);
            Instant discharged = admitted.plus(stayHours, ChronoUnit.HOURS);
            String ward = wards.get((int) (s % wards.size()));
            String hospitalNumber = "HY" + (1_000_000 + s);
            patients.add(patientId, hospitalNumber, "Hanes", "Claf " + s, LocalDate.of(1930 + random.nextInt(70), 1 + random.nextInt(12),
                    1 + random.nextInt(28)), random.nextBoolean() ? "FEMALE" : "MALE", "NO_KNOWN_ALLERGIES");
            audited(admitted, DOCTOR, "PRESCRIBER", AuditAction.CREATED, "Patient", patientId, null,
                    "{\"hospitalNumber\":\"" + hospitalNumber + "\"}", null, null);
            stays.add(stayId, patientId, ward, admitted, discharged, "DISCHARGED");
            audited(admitted, DOCTOR, "PRESCRIBER", AuditAction.CREATED, "Admission", stayId, null,
                    "{\"patientId\":" + patientId + ",\"ward\":\"" + ward + "\"}", "admitted", null);
            Instant start = admitted.plus(1, ChronoUnit.HOURS);
            for (OrderSentence o : ORDERS) {
                long id = orderId++;
                Instant signed = start.plus(5, ChronoUnit.MINUTES);
                Instant verified = signed.plus(2 + random.nextInt(240), ChronoUnit.MINUTES);
                orders.add(id, id, 1, patientId, "COMPLETED", o.product(), o.dose(), o.unit(), o.route(), o.frequency(), start, discharged,
                        DOCTOR, DOCTOR, start, signed, "history", PHARMACIST, verified, "patient discharged", Actor.SYSTEM.username(), discharged);
                String state = "{\"lineageId\":" + id + ",\"patientId\":" + patientId + ",\"product\":\"" + o.product() + "\"}";
                audited(start, DOCTOR, "PRESCRIBER", AuditAction.CREATED, "Prescription", id, null, state, "draft", null);
                audited(signed, DOCTOR, "PRESCRIBER", AuditAction.CHANGED, "Prescription", id, state, state, "signed", null);
                audited(verified, PHARMACIST, "PHARMACIST", AuditAction.CHANGED, "Prescription", id, state, state, "verified", null);
                audited(discharged, Actor.SYSTEM.username(), Actor.SYSTEM.role(), AuditAction.CHANGED, "Prescription", id, state, state, "patient discharged", null);
                message(messageId++, patientId, hospitalNumber, id, "NW", verified, o);
                message(messageId++, patientId, hospitalNumber, id, "DC", discharged, o);
            }
            doseId = doses(patientId, orderId - ORDERS.size(), doseId, start, discharged);
            audited(discharged, DOCTOR, "PRESCRIBER", AuditAction.DISCHARGED, "Admission", stayId, null,
                    "{\"patientId\":" + patientId + ",\"ward\":\"" + ward + "\"}", "discharged", null);
            if (audit.pending >= BATCH) {
                // all tables together, parents first, for the foreign keys
                for (Rows table : tables) {
                    table.flush();
                }
            }
            if (System.nanoTime() - reported > 30_000_000_000L) {
                progress.printf("  history: %,d of %,d stays written%n", s + 1, stayCount);
                reported = System.nanoTime();
            }
        }
        for (Rows table : tables) {
            table.flush();
        }
        try (var head = sql.prepareStatement("update audit.audit_chain_head set last_seq = ?, last_hash = ? where id = 1")) {
            head.setLong(1, seq);
            head.setString(2, lastHash);
            head.executeUpdate();
        }
    }

    /** Every dose of the stay's orders, in time order, with the chart read before each round. */
    private long doses(long patientId, long firstOrder, long doseId, Instant start, Instant discharged) {
        for (Instant day = start.truncatedTo(ChronoUnit.DAYS); day.isBefore(discharged); day = day.plus(1, ChronoUnit.DAYS)) {
            for (int hour = 0; hour < 24; hour++) {
                Instant due = day.plus(hour, ChronoUnit.HOURS);
                if (due.isBefore(start) || !due.isBefore(discharged)) {
                    continue;
                }
                String nurse = NURSES[random.nextInt(NURSES.length)];
                boolean read = false;
                for (int i = 0; i < ORDERS.size(); i++) {
                    OrderSentence o = ORDERS.get(i);
                    if (!has(o.hours(), hour)) {
                        continue;
                    }
                    Instant given = due.plus(random.nextInt(50), ChronoUnit.MINUTES);
                    if (!read) {
                        audited(given.minus(1, ChronoUnit.MINUTES), nurse, "NURSE", AuditAction.READ, "Mar", patientId, null,
                                "{\"days\":1}", null, List.of(patientId));
                        read = true;
                    }
                    long order = firstOrder + i;
                    boolean notGiven = random.nextInt(20) == 0;
                    long id = doseId++;
                    if (notGiven) {
                        doses.add(id, "history-" + id, patientId, order, order, due, "NOT_GIVEN", "REFUSED", null, null, null, null,
                                o.product(), null, null, given, given, nurse);
                    } else {
                        doses.add(id, "history-" + id, patientId, order, order, due, "GIVEN", null, o.dose(), o.unit(), 1, o.route(),
                                o.product(), gtins.get(o.product()), "SCAN", given, given, nurse);
                    }
                    audited(given, nurse, "NURSE", AuditAction.CREATED, "Administration", id, null,
                            "{\"patientId\":" + patientId + ",\"prescriptionId\":" + order + ",\"outcome\":\""
                                    + (notGiven ? "NOT_GIVEN" : "GIVEN") + "\",\"scheduledAt\":\"" + due + "\"}", null, null);
                }
            }
        }
        return doseId;
    }

    private static boolean has(int[] hours, int hour) {
        for (int h : hours) {
            if (h == hour) {
                return true;
            }
        }
        return false;
    }

    /** An order message as the adapter writes one (its segments, shortened), delivered a minute after it was made. */
    private void message(long id, long patientId, String hospitalNumber, long orderId, String control, Instant at, OrderSentence o) {
        String controlId = "H" + Long.toString(id, 36).toUpperCase();
        String payload = "MSH|^~\\&|EPMA|HOSPITAL|DISPENSARY|DISPENSARY|" + HL7_TIME.format(at) + "||RDE^O11^RDE_O11|" + controlId
                + "|P|2.5.1||||||UNICODE UTF-8\rPID|1||" + hospitalNumber + "^^^HOSPITAL^MR||Claf^Hanes\rORC|" + control + "|order-"
                + orderId + "^EPMA||order-" + orderId + "-v1^EPMA|||||" + HL7_TIME.format(at) + "|||" + DOCTOR + "\rRXE||" + o.product()
                + "^^EPMA|" + o.dose() + "||" + o.unit() + "^" + o.unit() + "^UCUM\rTQ1|1||" + o.frequency() + "\rRXR|" + o.route() + "\r";
        messages.add(id, "DISPENSARY", patientId, orderId, control, "RDE_O11", controlId, "DELIVERED", at, 1, at, payload,
                at.plus(1, ChronoUnit.MINUTES));
    }

    /** An audit entry, linked into the chain with the site's key as the application links its own. */
    private void audited(Instant at, String actor, String role, AuditAction action, String entityType, long entityId,
                         String before, String after, String reason, List<Long> patientIds) {
        AuditFacts facts = new AuditFacts(at, actor, role, action, entityType, Long.toString(entityId), before, after, reason, patientIds);
        AuditEntry entry = AuditEntry.keyed(++seq, facts, lastHash, key);
        lastHash = entry.hash();
        audit.add(entry.seq(), facts.occurredAt(), actor, role, action.name(), entityType, entityId, before, after, reason,
                patientIds == null ? null : "{" + facts.patientList() + "}", entry.prevHash(), entry.hash());
    }

    /** The first of {@code n} ids taken from the table's sequence (the instances are idle while the history is written). */
    private long reserve(String table, long n) throws SQLException {
        String sequence = "pg_get_serial_sequence('" + table + "', 'id')";
        try (Statement s = sql.createStatement(); ResultSet row = s.executeQuery("select nextval(" + sequence + ")")) {
            row.next();
            long first = row.getLong(1);
            s.execute("select setval(" + sequence + ", " + (first + n) + ")");
            return first;
        }
    }

    private List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = sql.createStatement(); ResultSet rows = s.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** One table's rows as CSV, copied in batches. */
    private final class Rows {
        private final String target;
        private final StringBuilder csv = new StringBuilder(1 << 20);
        private int pending;
        long count;

        Rows(String target) {
            this.target = target;
        }

        void add(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                String text = v instanceof Instant instant ? instant.toString() : v.toString();
                csv.append('"').append(text.replace("\"", "\"\"")).append('"');
            }
            csv.append('\n');
            count++;
            pending++;
        }

        void flush() throws SQLException {
            if (pending == 0) {
                return;
            }
            try {
                sql.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin (format csv)", new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            csv.setLength(0);
            pending = 0;
        }
    }
}
