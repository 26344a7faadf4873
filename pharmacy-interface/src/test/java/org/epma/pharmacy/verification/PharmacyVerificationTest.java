package org.epma.pharmacy.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.OrderChanges;
import org.epma.prescribing.order.OrderEvent;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.order.ValidOrder;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.Duty;
import org.epma.prescribing.refusal.DutyRefusedException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;
import org.junit.jupiter.api.Test;

/** The pharmacist's verification workflow: what it changes, what it audits and what it tells the dispensing systems. */
class PharmacyVerificationTest {

    private static final Instant SIGNED = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-23T10:30:00Z");
    private static final Actor PHARMACIST = new Actor("pharm.hughes", "PHARMACIST");
    private static final Product OMEPRAZOLE = new Product("OMEPRAZOLE-GRCAP-20", "Omeprazole 20 mg capsules", "omeprazole",
            Form.CAPSULE, List.of(new Ingredient("omeprazole", Quantity.of("20", Unit.MG))), Quantity.of("1", Unit.CAPSULE),
            Set.of(Route.PO), Unit.MG, "A02BC01", Set.of(), Set.of(), Set.of(), null, false, false, null, "test");

    /** One audit entry as the workflow wrote it. */
    private record Entry(Actor actor, AuditAction action, String entityType, Object entityId, String before, String after,
                         String reason) {
    }

    private final InMemoryPrescriptions prescriptions = new InMemoryPrescriptions();
    private final List<Entry> audited = new ArrayList<>();
    private final List<OrderEvent> fired = new ArrayList<>();
    private final List<Intervention> stored = new ArrayList<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private final AuditTrail audit = new AuditTrail(null, clock, null) {
        @Override
        public void record(Actor actor, AuditAction action, String entityType, Object entityId, String before, String after,
                           String reason) {
            audited.add(new Entry(actor, action, entityType, entityId, before, after, reason));
        }
    };

    private final PharmacyVerification verification = new PharmacyVerification(
            new OrderChanges(prescriptions, audit, clock, new Recorded(fired)),
            // the queue is one query (JpaVerificationQueue), read in the integration tests
            ward -> List.of(),
            new Interventions() {
                @Override
                public Intervention add(long prescriptionId, InterventionCategory category, String note, String recordedBy,
                                        Instant recordedAt) {
                    Intervention intervention = new Intervention(stored.size() + 1, prescriptionId, category, note, recordedBy, recordedAt);
                    stored.add(intervention);
                    return intervention;
                }

                @Override
                public List<Intervention> ofLineage(long lineageId) {
                    return stored.stream().filter(i -> prescriptions.find(i.prescriptionId()).orElseThrow().lineageId() == lineageId)
                            .toList();
                }
            }, audit, clock);

    /** Events as the container would deliver them, kept in order. */
    private record Recorded(List<OrderEvent> fired) implements Event<OrderEvent> {
        @Override
        public void fire(OrderEvent event) {
            fired.add(event);
        }

        @Override
        public <U extends OrderEvent> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException("order events are synchronous, inside the change's transaction");
        }

        @Override
        public <U extends OrderEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException("order events are synchronous, inside the change's transaction");
        }

        @Override
        public Event<OrderEvent> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends OrderEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends OrderEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    /** Order 7, drafted by {@code drafter}, signed by {@code signer}: waiting for a pharmacist. */
    private Prescription signedOrder(String drafter, String signer) {
        ValidOrder written = new ValidOrder(OMEPRAZOLE, new Dose(new BigDecimal("20"), null, Unit.MG), Route.PO, Frequency.OD,
                null, SIGNED, null, null, null, null);
        Prescription order = Prescription.draft(7, 3, written, drafter, SIGNED);
        order.sign(signer, "test", SIGNED);
        prescriptions.add(order);
        return order;
    }

    @Test
    void verifyingAnOrderMakesItVerifiedAuditsTheChangeAndTellsTheDispensingSystems() {
        signedOrder("dr.jones", "dr.jones");
        Prescription verified = verification.verify(7, PHARMACIST);
        assertEquals(PrescriptionStatus.VERIFIED, verified.status());
        assertEquals("pharm.hughes", verified.verifiedBy());
        assertEquals(NOW, verified.verifiedAt());
        assertEquals(1, audited.size());
        Entry entry = audited.get(0);
        assertEquals(PHARMACIST, entry.actor());
        assertEquals(AuditAction.CHANGED, entry.action());
        assertEquals("Prescription", entry.entityType());
        assertEquals(7L, entry.entityId());
        assertEquals("verified", entry.reason());
        assertTrue(entry.before().contains("\"status\":\"PENDING_VERIFICATION\""), entry.before());
        assertTrue(entry.after().contains("\"status\":\"VERIFIED\""), entry.after());
        assertEquals(List.of(new OrderEvent(7, OrderEvent.Kind.VERIFIED)), fired);
    }

    @Test
    void aPharmacistDoesNotVerifyAnOrderTheyDraftedOrSignedAndNothingIsRecorded() {
        signedOrder("pharm.hughes", "dr.jones");
        DutyRefusedException refused = assertThrows(DutyRefusedException.class, () -> verification.verify(7, PHARMACIST));
        assertEquals(Duty.OWN_ORDER_VERIFICATION, refused.duty());
        assertEquals(PrescriptionStatus.PENDING_VERIFICATION, prescriptions.find(7).orElseThrow().status());
        assertTrue(audited.isEmpty());
        assertTrue(fired.isEmpty());
    }

    @Test
    void anOrderIsVerifiedOnlyOnce() {
        signedOrder("dr.jones", "dr.jones");
        verification.verify(7, PHARMACIST);
        ConflictException again = assertThrows(ConflictException.class, () -> verification.verify(7, new Actor("pharm.ali", "PHARMACIST")));
        assertEquals("This order is verified and cannot be verified.", again.getMessage());
        assertEquals(1, fired.size());
    }

    @Test
    void verifyingAnOrderThatIsNotThereIsNotFound() {
        assertThrows(NotFoundException.class, () -> verification.verify(99, PHARMACIST));
    }

    @Test
    void rejectingSendsTheOrderBackWithTheReasonThePrescriberSeesAndFiresNoEvent() {
        signedOrder("dr.jones", "dr.jones");
        Prescription rejected = verification.reject(7, "  Dose too high for renal function  ", PHARMACIST);
        assertEquals(PrescriptionStatus.REJECTED, rejected.status());
        assertEquals("Dose too high for renal function", rejected.statusReason());
        assertEquals("pharm.hughes", rejected.statusChangedBy());
        assertEquals(NOW, rejected.statusChangedAt());
        assertEquals("Dose too high for renal function", audited.get(0).reason());
        assertTrue(fired.isEmpty());
    }

    @Test
    void rejectingNeedsAReason() {
        signedOrder("dr.jones", "dr.jones");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> verification.reject(7, " ", PHARMACIST));
        assertEquals("reason", refused.field());
        assertEquals("Give the reason for rejecting the order.", refused.getMessage());
        assertTrue(audited.isEmpty());
    }

    @Test
    void anInterventionIsRecordedOnTheOrderAndAudited() {
        signedOrder("dr.jones", "dr.jones");
        Intervention recorded = verification.intervene(7, InterventionCategory.DOSE, "  Advised 20 mg, not 40 mg ", PHARMACIST);
        assertEquals(new Intervention(1, 7, InterventionCategory.DOSE, "Advised 20 mg, not 40 mg", "pharm.hughes", NOW), recorded);
        Entry entry = audited.get(0);
        assertEquals(AuditAction.CREATED, entry.action());
        assertEquals("PharmacyIntervention", entry.entityType());
        assertEquals(1L, entry.entityId());
        assertNull(entry.before());
        assertEquals("{\"prescriptionId\":7,\"category\":\"DOSE\"}", entry.after());
        assertEquals("Advised 20 mg, not 40 mg", entry.reason());
        assertEquals(List.of(recorded), verification.interventions(7));
    }

    @Test
    void anInterventionSaysWhatItWasAboutAndDescribesIt() {
        signedOrder("dr.jones", "dr.jones");
        assertEquals("category", assertThrows(InvalidInputException.class,
                () -> verification.intervene(7, null, "note", PHARMACIST)).field());
        assertEquals("note", assertThrows(InvalidInputException.class,
                () -> verification.intervene(7, InterventionCategory.OTHER, "", PHARMACIST)).field());
        assertEquals("note", assertThrows(InvalidInputException.class,
                () -> verification.intervene(7, InterventionCategory.OTHER, "x".repeat(1001), PHARMACIST)).field());
        assertTrue(stored.isEmpty());
        assertTrue(audited.isEmpty());
    }

    @Test
    void anInterventionOnAnOrderThatIsNotThereIsNotFound() {
        assertThrows(NotFoundException.class, () -> verification.intervene(99, InterventionCategory.DOSE, "note", PHARMACIST));
    }
}
