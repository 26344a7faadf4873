package org.epma.hl7.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.message.RDE_O11;
import ca.uhn.hl7v2.model.v251.segment.ORC;
import ca.uhn.hl7v2.model.v251.segment.RXE;
import ca.uhn.hl7v2.model.v251.segment.TQ1;
import ca.uhn.hl7v2.util.Terser;
import org.epma.pharmacy.outbox.OrderControl;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.junit.jupiter.api.Test;

/** A medicine going home on a screened discharge prescription, sent to pharmacy as its own new order with the supply. */
class DischargeSupplyMessageTest {

    private static final Instant SCREENED = Instant.parse("2026-12-04T10:15:00Z");

    /** Amlodipine 5 mg each morning: 28 tablets for 28 days, on discharge prescription 12. */
    static PharmacyOrder amlodipineGoingHome() {
        PharmacyOrder base = OrderExamples.paracetamolQds();
        DischargeSupply supply = new DischargeSupply(DischargeSupply.placerNumber(12, 57), DischargeSupply.group(12),
                new BigDecimal("28"), Unit.TABLET, 28);
        return new PharmacyOrder(base.header(), OrderControl.NW, supply.placerOrderNumber(), 1, new OrderEventFacts(SCREENED, ""),
                base.patient(), base.allergies(), new OrderedProduct("AMLO5TAB", "amlodipine 5 mg tablets"),
                new GiveDose(new BigDecimal("5"), Unit.MG), Form.TABLET, Route.PO,
                Timing.regular(Frequency.MANE, List.of(LocalTime.of(8, 0)), SCREENED, null),
                Clinician.staff("dr.evans", "Dr Rhys Evans"), Clinician.staff("ph.hughes", "Siân Hughes"), "high blood pressure",
                List.of(), List.of(), null, supply);
    }

    @Test
    void theSupplyIsANewOrderOfItsOwnWithTheQuantityAndDaysAndMarkedAsDischarge() throws HL7Exception {
        String er7 = new RdeO11Builder().build(amlodipineGoingHome());
        Terser t = RdeO11BuilderTest.readBack(er7);
        RDE_O11 message = (RDE_O11) t.getSegment("/MSH").getMessage();
        ORC orc = message.getORDER().getORC();
        RXE rxe = message.getORDER().getRXE();
        TQ1 tq1 = message.getORDER().getTIMING_ENCODED().getTQ1();

        assertEquals("NW", orc.getOrderControl().getValue());
        assertEquals("discharge-12-item-57", orc.getPlacerOrderNumber().getEntityIdentifier().getValue(),
                "its own placer number, never the inpatient order's order-<n>");
        assertEquals("EPMA", orc.getPlacerOrderNumber().getNamespaceID().getValue());
        assertEquals("discharge-12", orc.getPlacerGroupNumber().getEntityIdentifier().getValue(), "grouped by discharge prescription");
        assertEquals("O", orc.getOrderType().getIdentifier().getValue());
        assertEquals("Outpatient Order", orc.getOrderType().getText().getValue());
        assertEquals("HL70482", orc.getOrderType().getNameOfCodingSystem().getValue());
        assertEquals("20261204101500+0000", orc.getDateTimeOfTransaction().getTime().getValue(), "when it was screened");
        assertEquals("dr.evans", orc.getOrderingProvider(0).getIDNumber().getValue());

        assertEquals("AMLO5TAB", rxe.getGiveCode().getIdentifier().getValue());
        assertEquals("5", rxe.getGiveAmountMinimum().getValue());
        assertEquals("mg", rxe.getGiveUnits().getIdentifier().getValue());
        assertEquals("28", rxe.getDispenseAmount().getValue());
        assertEquals("{tablet}", rxe.getDispenseUnits().getIdentifier().getValue());
        assertEquals("tablet", rxe.getDispenseUnits().getText().getValue());
        assertEquals("UCUM", rxe.getDispenseUnits().getNameOfCodingSystem().getValue());
        assertEquals("TTO", rxe.getPharmacyTreatmentSupplierSSpecialDispensingInstructions(0).getIdentifier().getValue());
        assertEquals("EPMA", rxe.getPharmacyTreatmentSupplierSSpecialDispensingInstructions(0).getNameOfCodingSystem().getValue());
        assertEquals("ph.hughes", rxe.getPharmacistTreatmentSupplierSVerifierID(0).getIDNumber().getValue());
        assertEquals("high blood pressure", rxe.getGiveIndication(0).getText().getValue());

        assertEquals("28", tq1.getServiceDuration().getQuantity().getValue());
        assertEquals("d", tq1.getServiceDuration().getUnits().getIdentifier().getValue());
        assertEquals("UCUM", tq1.getServiceDuration().getUnits().getNameOfCodingSystem().getValue());
        assertEquals("QAM", tq1.getRepeatPattern(0).getRepeatPatternCode().getIdentifier().getValue());
        assertEquals("20261204101500+0000", tq1.getStartDateTime().getTime().getValue());
        assertNull(tq1.getEndDateTime().getTime().getValue());
        assertEquals("PO", message.getORDER().getRXR().getRoute().getIdentifier().getValue());
        assertTrue(er7.contains("|RDE^O11^RDE_O11|"), er7);
    }

    @Test
    void anInpatientOrderSaysNothingOfDischarge() throws HL7Exception {
        Terser t = RdeO11BuilderTest.readBack(new RdeO11Builder().build(OrderExamples.paracetamolQds()));
        assertNull(t.get("/ORDER/ORC-29-1"));
        assertNull(t.get("/ORDER/RXE-10"));
        assertNull(t.get("/ORDER/RXE-11-1"));
        assertNull(t.get("/ORDER/RXE-21-1"));
        assertNull(t.get("/ORDER/TIMING_ENCODED/TQ1-6-1"));
        assertEquals("order-123-v1", t.get("/ORDER/ORC-4-1"));
    }

    @Test
    void aSupplyGoesByItsOwnPlacerNumberAndOnlyAsANewOrder() {
        PharmacyOrder o = amlodipineGoingHome();
        assertThrows(IllegalArgumentException.class, () -> new PharmacyOrder(o.header(), OrderControl.NW, "order-123", 1, o.event(),
                o.patient(), o.allergies(), o.product(), o.dose(), o.form(), o.route(), o.timing(), o.prescriber(), o.verifiedBy(),
                o.indication(), o.instructions(), o.ingredients(), null, o.supply()));
        assertThrows(IllegalArgumentException.class, () -> new PharmacyOrder(o.header(), OrderControl.DC, o.placerOrderNumber(), 1,
                o.event(), o.patient(), o.allergies(), o.product(), o.dose(), o.form(), o.route(), o.timing(), o.prescriber(),
                o.verifiedBy(), o.indication(), o.instructions(), o.ingredients(), null, o.supply()));
        assertThrows(IllegalArgumentException.class, () -> new DischargeSupply("discharge-1-item-1", "discharge-1", BigDecimal.ZERO,
                Unit.TABLET, 28));
    }
}
