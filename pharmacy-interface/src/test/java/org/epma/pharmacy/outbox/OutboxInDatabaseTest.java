package org.epma.pharmacy.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditChainKey;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.audit.JpaAuditEntries;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's claim, deliver, retry and park cycle against PostgreSQL (its own fresh database), through the Outbox
 * service and JpaOutboxMessages as the senders use them, with EclipseLink outside the server.
 */
class OutboxInDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String DISPENSARY = "DISPENSARY";
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final AuditChainKey KEY = AuditChainKey.generate();

    private static TestDatabase database;
    private static EntityManagerFactory factory;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = TestDatabase.create("outbox").migrate();
        factory = Persistence.createEntityManagerFactory("epma", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", database.jdbcUrl(),
                "jakarta.persistence.jdbc.user", database.appUser(),
                "jakarta.persistence.jdbc.password", database.appPassword()));
        inTransaction(tx -> new AuditTrail(new JpaAuditEntries(CURRENT.get()), CLOCK, KEY).keyChain());
        try (Connection app = database.appConnection(); Statement sql = app.createStatement()) {
            for (long patient = 1; patient <= 2; patient++) {
                sql.execute("insert into patient (id, hospital_number, given_name, family_name, date_of_birth, sex) values ("
                        + patient + ", 'H" + patient + "', 'Test', 'Patient', date '1950-01-01', 'FEMALE')");
                sql.execute("insert into prescription (id, lineage_id, version_no, patient_id, status, product_code, dose,"
                        + " dose_unit, route, frequency, start_at, prescribed_by, drafted_by, created_at) values ("
                        + patient * 10 + ", " + patient * 10 + ", 1, " + patient + ", 'VERIFIED', 'PARACETAMOL_500_TAB', 1,"
                        + " 'g', 'PO', 'QDS', now(), 'dr.test', 'dr.test', now())");
            }
        }
    }

    @AfterAll
    static void dropDatabase() {
        if (factory != null) {
            factory.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyOutbox() throws SQLException {
        try (Connection app = database.appConnection(); Statement sql = app.createStatement()) {
            sql.execute("delete from outbox_message");
        }
    }

    @Test
    void eachPatientsOldestUndeliveredMessageIsClaimedFirstAndItsDeliveryLetsTheNextGo() {
        long first = write(1, OrderControl.NW);
        long second = write(1, OrderControl.HD);
        long other = write(2, OrderControl.NW);

        inTransaction(outbox -> {
            assertEquals(List.of(first, other), ids(outbox.claim(DISPENSARY, 10)));
            outbox.delivered(List.of(new Outbox.Delivery(first, "MSH|first", "MSA|AA", NOW)));
            outbox.retryLater(other, "MSH|other", "no answer", null, NOW.plus(Duration.ofMinutes(5)));
            return null;
        });

        OutboxMessage delivered = inTransaction(outbox -> outbox.get(first));
        assertEquals(OutboxStatus.DELIVERED, delivered.status());
        assertEquals(1, delivered.attempts());
        assertEquals("MSH|first", delivered.payload());
        assertEquals("MSA|AA", delivered.ack());
        assertEquals(NOW, delivered.deliveredAt());
        assertEquals(List.of(second), inTransaction(outbox -> ids(outbox.claim(DISPENSARY, 10))),
                "the patient's next message is due; the other waits for its retry");
        OutboxMessage waiting = inTransaction(outbox -> outbox.get(other));
        assertEquals(OutboxStatus.PENDING, waiting.status());
        assertEquals(1, waiting.attempts());
        assertEquals("no answer", waiting.lastError());
        assertEquals(NOW.plus(Duration.ofMinutes(5)), waiting.nextAttemptAt());
    }

    @Test
    void aMessageClaimedByOneSenderIsSkippedByAnotherUntilTheFirstEnds() {
        long one = write(1, OrderControl.NW);
        long two = write(2, OrderControl.NW);
        EntityManager firstSender = factory.createEntityManager();
        try {
            firstSender.getTransaction().begin();
            assertEquals(List.of(one), ids(outbox(firstSender).claim(DISPENSARY, 1)));
            assertEquals(List.of(two), inTransaction(outbox -> ids(outbox.claim(DISPENSARY, 10))),
                    "the row the first sender holds is skipped, not waited for");
            firstSender.getTransaction().rollback();
        } finally {
            firstSender.close();
        }
        assertEquals(List.of(one, two), inTransaction(outbox -> ids(outbox.claim(DISPENSARY, 10))));
    }

    @Test
    void aParkedMessageHoldsBackThePatientsLaterMessagesUntilItIsResent() {
        long parked = write(1, OrderControl.NW);
        long later = write(1, OrderControl.DC);
        inTransaction(outbox -> {
            outbox.park(parked, "MSH|p", "AE: unknown product", "MSA|AE");
            return null;
        });
        assertEquals(List.of(), inTransaction(outbox -> ids(outbox.claim(DISPENSARY, 10))));
        OutboxMessage message = inTransaction(outbox -> outbox.get(parked));
        assertEquals(OutboxStatus.PARKED, message.status());
        assertEquals(NOW, message.parkedAt());

        inTransaction(outbox -> {
            outbox.resend(parked, new Actor("pharmacist", "PHARMACIST"));
            return null;
        });
        OutboxMessage resent = inTransaction(outbox -> outbox.get(parked));
        assertEquals(OutboxStatus.PENDING, resent.status());
        assertEquals(0, resent.attempts());
        assertNull(resent.parkedAt());
        assertEquals(List.of(parked), inTransaction(outbox -> ids(outbox.claim(DISPENSARY, 10))));
        assertEquals(1, auditedResends(parked), "the re-send is audited with the change");
        assertTrue(inTransaction(outbox -> outbox.list(OutboxStatus.PENDING, 10)).stream().anyMatch(m -> m.id() == later));
    }

    @Test
    void onlyAParkedMessageCanBeResent() {
        long pending = write(1, OrderControl.NW);
        assertThrows(ConflictException.class, () -> inTransaction(outbox -> outbox.resend(pending, null)));
    }

    @Test
    void aWrittenMessageCarriesTheDatabasesControlIdAndIsFoundByItsOrder() {
        long id = write(2, OrderControl.XO);
        OutboxMessage message = inTransaction(outbox -> outbox.get(id));
        String prefix = inTransaction(outbox -> repository().controlIdPrefix());
        assertTrue(prefix.matches("[A-Z2-7]{8}"), prefix);
        assertEquals(prefix + id, message.controlId());
        assertEquals(OrderControl.XO, message.control());
        assertEquals(NOW, message.createdAt());
        assertEquals(List.of(id), inTransaction(outbox -> ids(outbox.ofOrder(20))));
        assertEquals(true, inTransaction(outbox -> repository().anyAboutOrder(DISPENSARY, 20)));
        assertEquals(false, inTransaction(outbox -> repository().anyAboutOrder("ELSEWHERE", 20)));
    }

    @Test
    void aScreenedDischargeSupplyIsANewOrderPerMedicineForEachDispensaryAndDoesNotCountAsTheInpatientOrder() throws SQLException {
        long itemId;
        try (Connection app = database.appConnection(); Statement sql = app.createStatement()) {
            sql.execute("insert into discharge_prescription (id, patient_id, status, before_list_recorded, started_by, started_at,"
                    + " signed_by, signed_at, screened_by, screened_at) values (900, 1, 'SCREENED', true, 'dr.test', now(),"
                    + " 'dr.test', now(), 'ph.test', now())");
            sql.execute("insert into discharge_item (id, discharge_id, source, reference, product_code, medicine, dose, dose_unit,"
                    + " route, frequency, going_home, supply_quantity, supply_days) values (901, 900, 'ORDER', 'order-10',"
                    + " 'PARACETAMOL_500_TAB', 'paracetamol', 1, 'g', 'PO', 'QDS', true, 56, 7)");
            itemId = 901;
        }
        Destination dispensary = new Destination(DISPENSARY, "127.0.0.1", 2575, false, Duration.ofSeconds(5), Duration.ofSeconds(30),
                MessageType.RDE_O11, SendOn.VERIFICATION, 5, false, "PHARMACY", "RXX01");
        Destination placerFeed = new Destination("PLACER", "127.0.0.1", 2576, false, Duration.ofSeconds(5), Duration.ofSeconds(30),
                MessageType.OMP_O09, SendOn.SIGNING, 5, false, "ORDERS", "RXX01");
        inTransaction(outbox -> {
            new OutboxWriter(repository(), null, null, new Destinations(List.of(dispensary, placerFeed)), CLOCK)
                    .onDischargeSupplied(new org.epma.prescribing.discharge.DischargeSupplied(900, 1,
                            List.of(new org.epma.prescribing.discharge.DischargeSupplied.Supply(itemId, 10))));
            return null;
        });

        List<OutboxMessage> written = inTransaction(outbox -> outbox.list(null, 10));
        assertEquals(1, written.size(), "one message, to the dispensary only: the placer-order feed dispenses nothing");
        OutboxMessage supply = written.get(0);
        assertEquals(DISPENSARY, supply.destination());
        assertEquals(OrderControl.NW, supply.control());
        assertEquals(MessageType.RDE_O11, supply.type());
        assertEquals(10, supply.prescriptionId(), "the order version the medicine goes home as");
        assertEquals(itemId, supply.dischargeItemId());
        assertTrue(supply.dischargeSupply());
        assertEquals(NOW, supply.createdAt());
        assertEquals(false, inTransaction(outbox -> repository().anyAboutOrder(DISPENSARY, 10)),
                "a stop of the inpatient order is not sent just because its discharge supply was");
        assertEquals(List.of(supply.id()), inTransaction(outbox -> ids(outbox.claim(DISPENSARY, 10))));
        try (Connection app = database.appConnection(); Statement sql = app.createStatement()) {
            sql.execute("delete from outbox_message");
            sql.execute("delete from discharge_item");
            sql.execute("delete from discharge_prescription");
        }
    }

    private static int auditedResends(long id) {
        try (Connection app = database.appConnection(); Statement sql = app.createStatement();
             var rows = sql.executeQuery("select count(*) from audit.audit_entry where entity_type = 'OutboxMessage'"
                     + " and entity_id = '" + id + "' and actor = 'pharmacist' and after_state like '%PENDING%'")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long write(long patientId, OrderControl control) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            JpaOutboxMessages messages = repository(em);
            long id = messages.nextId();
            messages.add(new OutboxMessages.NewMessage(id, DISPENSARY, patientId, patientId * 10, control, MessageType.RDE_O11,
                    OutboxWriter.controlId(messages.controlIdPrefix(), id), NOW, null));
            em.getTransaction().commit();
            return id;
        } finally {
            em.close();
        }
    }

    private static final ThreadLocal<EntityManager> CURRENT = new ThreadLocal<>();

    /** Runs the work in one transaction of its own, committed when the work returns. */
    private static <T> T inTransaction(Function<Outbox, T> work) {
        EntityManager em = factory.createEntityManager();
        CURRENT.set(em);
        try {
            em.getTransaction().begin();
            T result = work.apply(outbox(em));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            CURRENT.remove();
            em.close();
        }
    }

    private static JpaOutboxMessages repository() {
        return repository(CURRENT.get());
    }

    private static JpaOutboxMessages repository(EntityManager em) {
        JpaOutboxMessages messages = new JpaOutboxMessages();
        messages.em = em;
        return messages;
    }

    private static Outbox outbox(EntityManager em) {
        return new Outbox(repository(em), new AuditTrail(new JpaAuditEntries(em), CLOCK, KEY), CLOCK);
    }

    private static List<Long> ids(List<OutboxMessage> messages) {
        return messages.stream().map(OutboxMessage::id).toList();
    }
}
