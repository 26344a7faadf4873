package org.epma.prescribing.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.refusal.Duty;
import org.epma.prescribing.refusal.DutyRefusedException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who an order names, and what the people it names may not do to it. */
class PrescriberOfRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Product OMEPRAZOLE = new Product("OMEPRAZOLE-GRCAP-20", "Omeprazole 20 mg capsules", "omeprazole",
            Form.CAPSULE, List.of(new Ingredient("omeprazole", Quantity.of("20", Unit.MG))), Quantity.of("1", Unit.CAPSULE),
            Set.of(Route.PO), Unit.MG, "A02BC01", Set.of(), Set.of(), Set.of(), null, false, false, null, "test");
    private static final ValidOrder ORDER = new ValidOrder(OMEPRAZOLE, new Dose(new BigDecimal("20"), null, Unit.MG), Route.PO,
            Frequency.OD, null, NOW, null, null, null, null);

    private static Prescription draftBy(String drafter) {
        return Prescription.draft(1, 7, ORDER, drafter, NOW);
    }

    private static Duty refusal(Runnable action) {
        return assertThrows(DutyRefusedException.class, action::run).duty();
    }

    @Test
    void theSignerOfAnotherPrescribersDraftBecomesThePrescriberOfRecordAndTheDrafterStaysRecorded() {
        Prescription order = draftBy("dr.student");
        assertEquals("dr.student", order.prescribedBy(), "until signed, the draft names its drafter");
        order.sign("dr.jones", "test", NOW);
        assertEquals("dr.jones", order.prescribedBy());
        assertEquals("dr.student", order.draftedBy());
    }

    @Test
    void onlyTheDrafterDiscardsOrChangesADraft() {
        Prescription draft = draftBy("dr.patel");
        assertEquals(Duty.OTHERS_DRAFT, refusal(() -> draft.discard("dr.jones", NOW)));
        assertEquals(Duty.OTHERS_DRAFT, refusal(() -> draft.amend(2, ORDER, "dr.jones", NOW)));
        assertEquals(PrescriptionStatus.DRAFT, draft.status());
        draft.discard("dr.patel", NOW);
        assertEquals(PrescriptionStatus.DISCARDED, draft.status());
    }

    @Test
    void aSignedOrderIsChangedByAnyPrescriber() {
        Prescription order = draftBy("dr.patel");
        order.sign("dr.patel", "test", NOW);
        assertEquals("dr.jones", order.amend(2, ORDER, "dr.jones", NOW).draftedBy());
    }

    @Test
    void noOneVerifiesAnOrderTheyDraftedOrSigned() {
        Prescription signedByAnother = draftBy("pharm.prescriber");
        signedByAnother.sign("dr.jones", "test", NOW);
        assertEquals(Duty.OWN_ORDER_VERIFICATION, refusal(() -> signedByAnother.verify("pharm.prescriber", NOW)));
        assertEquals(Duty.OWN_ORDER_VERIFICATION, refusal(() -> signedByAnother.verify("dr.jones", NOW)));
        assertEquals(PrescriptionStatus.PENDING_VERIFICATION, signedByAnother.status());
        signedByAnother.verify("pharm.hughes", NOW);
        assertEquals(PrescriptionStatus.VERIFIED, signedByAnother.status());
    }

    @Test
    void theQueueKnowsWhoPrescribedAnOrder() {
        Prescription draft = draftBy("dr.student");
        assertTrue(draft.prescribedOrDraftedBy("dr.student"));
        draft.sign("dr.jones", "test", NOW);
        assertEquals(List.of(true, true, false), List.of(draft.prescribedOrDraftedBy("dr.student"),
                draft.prescribedOrDraftedBy("dr.jones"), draft.prescribedOrDraftedBy("pharm.hughes")));
    }
}
