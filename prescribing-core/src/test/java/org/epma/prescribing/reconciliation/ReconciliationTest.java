package org.epma.prescribing.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    private static final Instant ADMITTED = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static HomeMedicine ramipril() {
        return new HomeMedicine("k1", 7, 3, new HomeMedicine.Taken(null, "ramipril 5 mg capsules", new BigDecimal("5"), Unit.MG,
                Route.PO, Frequency.OD, HomeMedicineSource.GP_RECORD, null), "pharm.hughes", ADMITTED.plusSeconds(600));
    }

    private static HomeMedicine.Decided decided(Decision decision, String reason, LocalDate review, Long order) {
        return new HomeMedicine.Decided(decision, reason, review, order);
    }

    @Test
    void dueTime_isTwentyFourHoursAfterTheStayBegan() {
        var state = ReconciliationState.of(ADMITTED, 0, 0, null, null, ADMITTED.plusSeconds(60));
        assertEquals(ADMITTED.plus(Duration.ofHours(24)), state.dueAt());
        assertEquals(ReconciliationStatus.NOT_STARTED, state.status());
        assertFalse(state.overdue());
        assertTrue(state.needsAttention());
    }

    @Test
    void overdue_onlyAfterTwentyFourHoursWithoutCompletion() {
        assertFalse(ReconciliationState.of(ADMITTED, 1, 1, null, null, ADMITTED.plus(Duration.ofHours(24))).overdue());
        assertTrue(ReconciliationState.of(ADMITTED, 1, 1, null, null, ADMITTED.plus(Duration.ofHours(24)).plusSeconds(1)).overdue());
        var doneInTime = ReconciliationState.of(ADMITTED, 1, 0, "pharm.hughes", ADMITTED.plus(Duration.ofHours(5)), ADMITTED.plus(Duration.ofDays(3)));
        assertFalse(doneInTime.overdue());
        assertEquals(ReconciliationStatus.COMPLETED, doneInTime.status());
        assertFalse(doneInTime.needsAttention());
        assertTrue(ReconciliationState.of(ADMITTED, 1, 0, "p", ADMITTED.plus(Duration.ofHours(30)), ADMITTED.plus(Duration.ofDays(3))).overdue(),
                "completed late stays marked late");
    }

    @Test
    void status_awaitsDecisionsWhileAnyMedicineIsUndecided() {
        assertEquals(ReconciliationStatus.AWAITING_DECISIONS, ReconciliationState.of(ADMITTED, 3, 1, null, null, ADMITTED).status());
        assertEquals(ReconciliationStatus.READY_TO_COMPLETE, ReconciliationState.of(ADMITTED, 3, 0, null, null, ADMITTED).status());
    }

    @Test
    void medicine_isUndecidedUntilThePrescriberDecides() {
        HomeMedicine m = ramipril();
        assertTrue(m.isUndecided());
        assertFalse(m.isCoded());
        m.decide(decided(Decision.STOP, "AKI on admission", null, null), "dr.jones", ADMITTED.plusSeconds(3600), TODAY);
        assertFalse(m.isUndecided());
        assertEquals(Decision.STOP, m.decision());
        assertEquals("dr.jones", m.decidedBy());
    }

    @Test
    void continueAndChange_needTheOrderTheyWereMadeBy() {
        HomeMedicine m = ramipril();
        var e = assertThrows(InvalidInputException.class, () -> m.decide(decided(Decision.CONTINUE, null, null, null), "dr.jones", ADMITTED, TODAY));
        assertEquals("orderId", e.field());
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> m.decide(decided(Decision.CHANGE, null, null, 44L), "dr.jones", ADMITTED, TODAY)).field());
        assertTrue(m.isUndecided(), "a refused decision leaves the medicine undecided");
        m.decide(decided(Decision.CONTINUE, null, null, 44L), "dr.jones", ADMITTED, TODAY);
        assertEquals(44L, m.orderId());
    }

    @Test
    void withhold_needsAReasonAndAReviewDateNotPassed() {
        HomeMedicine m = ramipril();
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> m.decide(decided(Decision.WITHHOLD, null, TODAY, null), "dr.jones", ADMITTED, TODAY)).field());
        assertEquals("reviewDate", assertThrows(InvalidInputException.class,
                () -> m.decide(decided(Decision.WITHHOLD, "low BP", null, null), "dr.jones", ADMITTED, TODAY)).field());
        assertEquals("reviewDate", assertThrows(InvalidInputException.class,
                () -> m.decide(decided(Decision.WITHHOLD, "low BP", TODAY.minusDays(1), null), "dr.jones", ADMITTED, TODAY)).field());
        assertEquals("orderId", assertThrows(InvalidInputException.class,
                () -> m.decide(decided(Decision.STOP, "no longer needed", null, 12L), "dr.jones", ADMITTED, TODAY)).field());
        m.decide(decided(Decision.WITHHOLD, "low BP", TODAY.plusDays(2), null), "dr.jones", ADMITTED, TODAY);
        assertEquals(TODAY.plusDays(2), m.reviewDate());
    }

    @Test
    void withheld_isDecidedAgainAtReview_butOtherDecisionsAreFinal() {
        HomeMedicine m = ramipril();
        m.decide(decided(Decision.WITHHOLD, "low BP", TODAY.plusDays(1), null), "dr.jones", ADMITTED, TODAY);
        m.decide(decided(Decision.CONTINUE, null, null, 51L), "dr.patel", ADMITTED.plusSeconds(86400), TODAY.plusDays(1));
        assertEquals(Decision.CONTINUE, m.decision());
        assertThrows(ConflictException.class, () -> m.decide(decided(Decision.STOP, "rash", null, null), "dr.jones", ADMITTED, TODAY));
    }

    @Test
    void completion_isRefusedWhileAnyMedicineIsUndecided() {
        Reconciliation r = new Reconciliation(7, 3);
        var refused = assertThrows(ConflictException.class, () -> r.complete(2, "pharm.hughes", ADMITTED));
        assertEquals("reconciliation.refusal.undecided", refused.wording().code());
        assertEquals(null, r.completedAt());
        r.complete(0, "pharm.hughes", ADMITTED.plusSeconds(7200));
        assertEquals("pharm.hughes", r.completedBy());
        assertThrows(ConflictException.class, () -> r.complete(0, "pharm.hughes", ADMITTED.plusSeconds(7300)));
    }

    @Test
    void aMedicineAddedAfterCompletion_opensItAgain() {
        Reconciliation r = new Reconciliation(7, 3);
        assertFalse(r.reopen());
        r.complete(0, "pharm.hughes", ADMITTED);
        assertTrue(r.reopen());
        assertEquals(null, r.completedBy());
    }

    @Test
    void aMedicineWithoutDoseRouteFrequencyOrSource_isRefusedNamingTheField() {
        assertEquals("dose", assertThrows(InvalidInputException.class, () -> new HomeMedicine.Taken(null, "x", BigDecimal.ZERO, Unit.MG,
                Route.PO, Frequency.OD, HomeMedicineSource.PATIENT, null)).field());
        assertEquals("route", assertThrows(InvalidInputException.class, () -> new HomeMedicine.Taken(null, "x", BigDecimal.ONE, Unit.MG,
                null, Frequency.OD, HomeMedicineSource.PATIENT, null)).field());
        assertEquals("source", assertThrows(InvalidInputException.class, () -> new HomeMedicine.Taken(null, "x", BigDecimal.ONE, Unit.MG,
                Route.PO, Frequency.OD, null, null)).field());
    }
}
