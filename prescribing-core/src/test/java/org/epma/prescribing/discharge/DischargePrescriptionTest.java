package org.epma.prescribing.discharge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.Duty;
import org.epma.prescribing.refusal.DutyRefusedException;
import org.junit.jupiter.api.Test;

class DischargePrescriptionTest {

    static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");

    static DischargeItem order(String reference, String product, String dose, Unit unit, Frequency frequency) {
        return new DischargeItem(1, DischargeItem.Source.ORDER,
                MedicineComparisonTest.line(reference, product, dose, unit, Route.PO, frequency));
    }

    static DischargeItem home(String reference, String product, String dose, Unit unit, Frequency frequency) {
        return new DischargeItem(1, DischargeItem.Source.BEFORE_ADMISSION,
                MedicineComparisonTest.line(reference, product, dose, unit, Route.PO, frequency));
    }

    static DischargeGaps gaps(List<DischargeItem> items) {
        var formulary = MedicineComparisonTest.FORMULARY;
        return DischargeGaps.of(items, MedicineComparison.compare(
                items.stream().filter(i -> i.source() == DischargeItem.Source.BEFORE_ADMISSION).map(i -> i.line(formulary)).toList(),
                items.stream().filter(DischargeItem::goingHome).map(i -> i.line(formulary)).toList()));
    }

    @Test
    void aStoppedHomeMedicineAndAChangedOneNeedTheirReasonsAndEveryMedicineGoingHomeItsSupply() {
        DischargeItem lowered = order("order-1", "PARACETAMOL-TAB-500", "500", Unit.MG, Frequency.QDS);
        DischargeItem unchanged = order("order-2", "AMLODIPINE-TAB-5", "5", Unit.MG, Frequency.OD);
        DischargeItem wasAtHome = home("home-1", "PARACETAMOL-TAB-500", "1", Unit.G, Frequency.QDS);
        DischargeItem amlodipine = home("home-2", "AMLODIPINE-TAB-5", "5", Unit.MG, Frequency.OD);
        DischargeItem stopped = home("home-3", "OMEPRAZOLE-GRCAP-20", "20", Unit.MG, Frequency.OD);
        List<DischargeItem> items = List.of(lowered, unchanged, wasAtHome, amlodipine, stopped);
        DischargeGaps first = gaps(items);
        assertEquals(2, first.reasonsMissing().size(), "the lower dose and the stopped omeprazole");
        assertEquals(2, first.suppliesMissing().size());

        lowered.decide(true, "liver function: lower dose", new BigDecimal("56"), 14, false);
        unchanged.decide(true, null, null, 28, true);
        stopped.decide(false, "no longer needed: indigestion resolved", null, null, false);
        assertTrue(gaps(items).none());
    }

    @Test
    void anOrderThatStopsAtDischargeNeedsNoSupplyAndAPreAdmissionItemNeverGoesHome() {
        DischargeItem inHospitalOnly = order("order-3", "PARACETAMOL-TAB-500", "1", Unit.G, Frequency.QDS);
        inHospitalOnly.decide(false, null, new BigDecimal("10"), 5, false);
        assertFalse(inHospitalOnly.goingHome());
        assertNull(inHospitalOnly.supplyQuantity(), "nothing is supplied for a medicine that stops in hospital");
        DischargeItem home = home("home-4", "AMLODIPINE-TAB-5", "5", Unit.MG, Frequency.OD);
        home.decide(true, "stopped: low blood pressure", null, null, false);
        assertFalse(home.goingHome(), "a pre-admission line is matched, never supplied itself");
        assertTrue(gaps(List.of(inHospitalOnly, home)).none());
    }

    @Test
    void onlyAnOrderGoingHomeWithAQuantityIsDispensedByTheHospital() {
        DischargeItem supplied = order("order-4", "PARACETAMOL-TAB-500", "1", Unit.G, Frequency.QDS);
        supplied.decide(true, null, new BigDecimal("56"), 7, false);
        assertTrue(supplied.dispensedByHospital());
        DischargeItem own = order("order-5", "AMLODIPINE-TAB-5", "5", Unit.MG, Frequency.OD);
        own.decide(true, null, new BigDecimal("28"), 28, true);
        assertFalse(own.dispensedByHospital(), "the patient's own supply: pharmacy dispenses nothing");
        DischargeItem stops = order("order-6", "OMEPRAZOLE-GRCAP-20", "20", Unit.MG, Frequency.OD);
        stops.decide(false, "no longer needed", new BigDecimal("28"), 28, false);
        assertFalse(stops.dispensedByHospital(), "stopped at discharge");
        DischargeItem noQuantityYet = order("order-7", "AMLODIPINE-TAB-5", "5", Unit.MG, Frequency.OD);
        assertFalse(noQuantityYet.dispensedByHospital(), "no quantity decided");
        DischargeItem home = home("home-5", "AMLODIPINE-TAB-5", "5", Unit.MG, Frequency.OD);
        home.decide(true, null, new BigDecimal("28"), 28, false);
        assertFalse(home.dispensedByHospital(), "a pre-admission line is never supplied itself");
    }

    @Test
    void thePharmacistWhoSignedItDoesNotScreenItAndAReturnMakesItADraftAgain() {
        DischargePrescription discharge = new DischargePrescription(5, true, "dr.jones", NOW);
        discharge.sign("dr.jones", NOW);
        assertEquals(DischargeStatus.AWAITING_SCREENING, discharge.status());
        assertThrows(ConflictException.class, discharge::requireDraft, "signed: no more changes");
        discharge.returnToPrescriber("supply of 7 days only for the antibiotic");
        assertEquals(DischargeStatus.DRAFT, discharge.status());
        assertNull(discharge.signedBy());
        discharge.sign("pharm.prescriber", NOW);
        DutyRefusedException own = assertThrows(DutyRefusedException.class, () -> discharge.screen("pharm.prescriber", NOW));
        assertEquals(Duty.OWN_ORDER_VERIFICATION, own.duty());
        discharge.screen("pharm.hughes", NOW);
        assertEquals(DischargeStatus.SCREENED, discharge.status());
        assertThrows(ConflictException.class, () -> discharge.returnToPrescriber("too late"));
    }
}
