package org.epma.bench;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.epma.hl7.mllp.DeliveryOutcome;
import org.epma.hl7.mllp.MllpClient;
import org.epma.hl7.mllp.MllpDestination;

/**
 * The pharmacy interface benchmark, against a running ePMA in training mode on this machine, started with the same
 * settings (it reads the training database's address from payara-system.properties in the launcher's data folder,
 * EPMA_DATA_DIR or ~/.epma, and sends to the listener on EPMA_HL7_INBOUND_PORT or 2576):
 * <ol>
 *   <li>starts a HAPI dispensing peer on the DISPENSARY destination's port (config/hl7-destinations.csv, 2575) that
 *   answers AA;</li>
 *   <li>inbound: sends {@code messages} ADT^A04 registrations of new patients to the application's listener (2576)
 *   over two connections, each waiting for the ACK before the next message, and times them applied and
 *   acknowledged;</li>
 *   <li>outbound through the outbox: gives each of those patients an order and writes an order event for each into
 *   the outbox in one transaction (the rows a verification writes), and times the application's senders (two
 *   threads, each with its own connection) building, sending and settling them all with the peer's ACK;</li>
 *   <li>in the same run, a bare HAPI client sends the same built messages to the same peer over one connection.</li>
 * </ol>
 */
public final class Hl7Benchmark {

    private static final DateTimeFormatter HL7_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'+0000'").withZone(ZoneOffset.UTC);
    /** HAPI's hub shares one connection per address between threads, so each client side keeps to one thread. */
    private static final int CONNECTIONS = 1;
    private static final int INBOUND_FEEDS = 2;
    private static final int WARM_UP = 500;

    private final int messages;
    private final int peerPort;
    private final int inboundPort;
    private final Properties database;

    private Hl7Benchmark(int messages, int peerPort, int inboundPort, Properties database) {
        this.messages = messages;
        this.peerPort = peerPort;
        this.inboundPort = inboundPort;
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        Properties database = new Properties();
        Path settings = LauncherSettings.dataDir().resolve("payara-system.properties");
        try (Reader reader = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
            database.load(reader);
        }
        Hl7Benchmark benchmark = new Hl7Benchmark(Integer.parseInt(options.getOrDefault("messages", "3000")),
                Integer.parseInt(options.getOrDefault("peer-port", "2575")), Integer.parseInt(options.getOrDefault("inbound-port", LauncherSettings.inboundPort())),
                database);
        System.exit(benchmark.run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        AtomicInteger received = new AtomicInteger();
        try (HapiContext context = context()) {
            HL7Service peer = context.newServer(peerPort, false);
            peer.registerApplication("*", "*", new ReceivingApplication<Message>() {
                @Override
                public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
                    received.incrementAndGet();
                    try {
                        return message.generateACK();
                    } catch (IOException e) {
                        throw new HL7Exception(e);
                    }
                }

                @Override
                public boolean canProcess(Message message) {
                    return true;
                }
            });
            String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
            double adt = inbound(run);
            peer.startAndWait();
            try {
                awaitQuiet(received);
                double outbox = outbound(run);
                double bare = bareClient(context);
                System.out.printf("Inbound: ADT^A04 applied and acknowledged %.0f messages/s%n", adt);
                System.out.printf("Outbound: through the outbox %.0f messages/s; bare HAPI client %.0f messages/s; ratio %.2f%n",
                        outbox, bare, outbox / bare);
            } finally {
                peer.stopAndWait();
            }
        }
        return true;
    }

    private static HapiContext context() {
        HapiContext context = new DefaultHapiContext(new CanonicalModelClassFactory("2.5.1"));
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        context.getParserConfiguration().setValidating(false);
        return context;
    }

    private java.sql.Connection db() throws SQLException {
        return DriverManager.getConnection(database.getProperty("epma.db.url"), database.getProperty("epma.db.user"),
                database.getProperty("epma.db.password"));
    }

    /** Lets messages already waiting in the outbox (from the demo) reach the peer first, so they are not timed. */
    private void awaitQuiet(AtomicInteger received) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until && count("status = 'PENDING' and next_attempt_at <= now() and not exists (select 1"
                + " from outbox_message e where e.patient_id = outbox_message.patient_id and e.id < outbox_message.id"
                + " and e.status = 'PARKED')") > 0) {
            Thread.sleep(200);
        }
        received.set(0);
    }

    private long count(String where) throws SQLException {
        try (java.sql.Connection c = db(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from outbox_message where " + where)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Gives each patient the inbound phase registered a copy of one verified training order (written straight into
     * the tables: the fixture, not what is measured), writes one order event per patient into the outbox in one
     * transaction, and times the application's senders building, sending and settling them; messages per second.
     */
    private double outbound(String run) throws Exception {
        try (java.sql.Connection c = db()) {
            c.setAutoCommit(false);
            long first;
            long last;
            try (Statement s = c.createStatement()) {
                first = maxOutboxId(s) + 1;
                int orders = s.executeUpdate("insert into prescription (id, lineage_id, version_no, patient_id, status, product_code, dose,"
                        + " dose_unit, route, frequency, start_at, prescribed_by, drafted_by, created_at, signed_at, formulary_version,"
                        + " verified_by, verified_at) select n.id, n.id, 1, n.patient_id, 'VERIFIED', t.product_code, t.dose, t.dose_unit,"
                        + " t.route, t.frequency, now(), t.prescribed_by, t.drafted_by, now(), now(), t.formulary_version, t.verified_by, now()"
                        + " from (select nextval('prescription_id_seq') as id, pt.id as patient_id from patient pt"
                        + " where pt.hospital_number like 'R" + run + "%') n"
                        + " cross join (select * from prescription where status = 'VERIFIED' and product_code = 'COCODAMOL-TAB-30-500'"
                        + " order by id limit 1) t");
                s.executeUpdate("insert into outbox_message (destination, patient_id, prescription_id, order_control, message_type,"
                        + " control_id, status, created_at, next_attempt_at) select 'DISPENSARY', p.patient_id, p.id, 'NW', 'RDE_O11',"
                        + " 'B' || p.id, 'PENDING', now(), now() from prescription p join patient pt on pt.id = p.patient_id"
                        + " where pt.hospital_number like 'R" + run + "%'");
                if (orders == 0) {
                    throw new IllegalStateException("no verified co-codamol training order to copy: is this the training database?");
                }
                last = maxOutboxId(s);
            }
            long start = System.nanoTime();
            c.commit();
            // by id range on the primary key: a cheap question, asked often, that takes little from the server measured
            String mine = "id between " + first + " and " + last;
            while (count(mine + " and status = 'PENDING'") > 0) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long delivered = count(mine + " and status = 'DELIVERED'");
            System.out.printf("Outbox: %d order events, one for each of %d patients; %d delivered with AA (%d parked) in %.1f s%n",
                    messages, messages, delivered, count(mine + " and status = 'PARKED'"), seconds);
            return delivered / seconds;
        }
    }

    private static long maxOutboxId(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("select coalesce(max(id), 0) from outbox_message")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The same built messages sent by HAPI's own initiator, one connection per sender thread; messages per second. */
    private double bareClient(HapiContext context) throws Exception {
        List<String> payloads = new ArrayList<>();
        try (java.sql.Connection c = db(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select payload from outbox_message where status = 'DELIVERED' and payload is not null"
                     + " order by id desc limit " + messages)) {
            while (r.next()) {
                payloads.add(r.getString(1));
            }
        }
        List<Message> parsed = new ArrayList<>();
        for (String payload : payloads) {
            parsed.add(context.getPipeParser().parse(payload));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        long start = System.nanoTime();
        List<Future<Integer>> sent = new ArrayList<>();
        for (int t = 0; t < CONNECTIONS; t++) {
            int slot = t;
            sent.add(pool.submit(() -> {
                Connection connection = context.newClient("127.0.0.1", peerPort, false);
                int ok = 0;
                for (int i = slot; i < parsed.size(); i += CONNECTIONS) {
                    Message ack = connection.getInitiator().sendAndReceive(parsed.get(i));
                    ok += "AA".equals(new Terser(ack).get("/MSA-1")) ? 1 : 0;
                }
                connection.close();
                return ok;
            }));
        }
        int acknowledged = 0;
        for (Future<Integer> done : sent) {
            acknowledged += done.get();
        }
        pool.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Bare HAPI client: %d of the same messages, %d connections, %d AA in %.1f s%n", parsed.size(),
                CONNECTIONS, acknowledged, seconds);
        return acknowledged / seconds;
    }

    /**
     * ADT^A04 registrations to the application's listener over {@link #INBOUND_FEEDS} connections (an MLLP client each,
     * waiting for each ACK before the next message, as a feed does), after a warm-up; messages per second applied with AA.
     */
    private double inbound(String run) throws Exception {
        send(adts("W" + run, WARM_UP));
        List<String> timed = adts("R" + run, messages);
        long start = System.nanoTime();
        int applied = send(timed);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Inbound ADT^A04: %d sent over %d connections (after %d to warm up), %d applied with AA in %.1f s%n",
                timed.size(), INBOUND_FEEDS, WARM_UP, applied, seconds);
        return applied / seconds;
    }

    private static List<String> adts(String prefix, int count) {
        List<String> adts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String number = prefix + i;
            String now = HL7_TIME.format(Instant.now());
            adts.add("MSH|^~\\&|PAS|HOSPITAL|EPMA|HOSPITAL|" + now + "||ADT^A04^ADT_A01|A04-" + number + "|P|2.5.1\rEVN|A04|" + now
                    + "\rPID|1||" + number + "^^^HOSPITAL^MR||Meinciau^Dafydd||19610101|M\rPV1|1|O\r");
        }
        return adts;
    }

    private int send(List<String> adts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(INBOUND_FEEDS);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int t = 0; t < INBOUND_FEEDS; t++) {
            int slot = t;
            sent.add(pool.submit(() -> {
                int ok = 0;
                try (MllpClient client = new MllpClient(MllpDestination.plain("127.0.0.1", inboundPort))) {
                    for (int i = slot; i < adts.size(); i += INBOUND_FEEDS) {
                        ok += client.send(adts.get(i)) instanceof DeliveryOutcome.Delivered ? 1 : 0;
                    }
                }
                return ok;
            }));
        }
        int applied = 0;
        for (Future<Integer> done : sent) {
            applied += done.get();
        }
        pool.shutdownNow();
        return applied;
    }
}
