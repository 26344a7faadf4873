package org.epma.prescribing.administration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.ValidOrder;
import org.epma.prescribing.refusal.Duty;
import org.epma.prescribing.refusal.DutyRefusedException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AdministrationDutiesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Actor NURSE_EVANS = new Actor("nurse.evans", "NURSE");
    private static final Actor NURSE_OKAFOR = new Actor("nurse.okafor", "NURSE");
    private static final Actor SISTER_MORGAN = new Actor("sister.morgan", "NURSE_IN_CHARGE");
    private static final Actor DR_JONES = new Actor("dr.jones", "PRESCRIBER");
    private static final Actor PHARMACIST = new Actor("pharm.hughes", "PHARMACIST");

    private static Administration givenBy(Actor nurse) {
        Product product = new Product("PARACETAMOL-TAB-500", "Paracetamol 500 mg tablets", "paracetamol", Form.TABLET,
                List.of(new Ingredient("paracetamol", Quantity.of("500", Unit.MG))), Quantity.of("1", Unit.TABLET),
                Set.of(Route.PO), Unit.MG, "N02BE01", Set.of(), Set.of(), Set.of(), null, false, false, null, "test");
        Prescription order = Prescription.draft(1, 7, new ValidOrder(product, new Dose(new BigDecimal("1000"), null, Unit.MG),
                Route.PO, Frequency.QDS, null, NOW, null, null, null, null), "dr.jones", NOW);
        return Administration.given(order, NOW, new Administration.Given(new BigDecimal("1000"), Unit.MG, new BigDecimal("2"),
                Route.PO, null, product.code(), null, null, null, null), null,
                new Administration.Circumstances("k", Identification.SCAN, null, null, NOW, NOW, nurse.username(), null));
    }

    @Test
    void aPharmacistRecordsADoseNotGivenButNeverOneGiven() {
        DutyRefusedException refused = assertThrows(DutyRefusedException.class,
                () -> AdministrationDuties.requireMayRecord(Outcome.GIVEN, PHARMACIST));
        assertEquals(Duty.GIVEN_BY_PHARMACIST, refused.duty());
        assertDoesNotThrow(() -> AdministrationDuties.requireMayRecord(Outcome.NOT_GIVEN, PHARMACIST));
        for (Actor giver : List.of(NURSE_EVANS, SISTER_MORGAN, DR_JONES)) {
            assertDoesNotThrow(() -> AdministrationDuties.requireMayRecord(Outcome.GIVEN, giver), giver.role());
        }
    }

    @Test
    void aNurseStrikesThroughHerOwnRecordButAnothersOnlyAsNurseInCharge() {
        Administration evansRecord = givenBy(NURSE_EVANS);
        assertDoesNotThrow(() -> AdministrationDuties.requireMayStrikeThrough(evansRecord, NURSE_EVANS));
        for (Actor other : List.of(NURSE_OKAFOR, DR_JONES, PHARMACIST)) {
            DutyRefusedException refused = assertThrows(DutyRefusedException.class,
                    () -> AdministrationDuties.requireMayStrikeThrough(evansRecord, other), other.role());
            assertEquals(Duty.OTHERS_RECORD, refused.duty());
        }
        assertDoesNotThrow(() -> AdministrationDuties.requireMayStrikeThrough(evansRecord, SISTER_MORGAN));
    }
}
