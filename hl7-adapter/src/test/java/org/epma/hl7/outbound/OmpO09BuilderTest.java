package org.epma.hl7.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.message.OMP_O09;
import ca.uhn.hl7v2.util.Terser;
import org.junit.jupiter.api.Test;

class OmpO09BuilderTest {

    private final OmpO09Builder builder = new OmpO09Builder();

    @Test
    void signedOrderIsWrittenAsOmpO09WithTheRequestedGive() throws HL7Exception {
        PharmacyOrder signed = OrderExamples.withHeader(OrderExamples.paracetamolQds(),
                OrderExamples.header(AcknowledgementMode.ORIGINAL), null);
        Terser t = RdeO11BuilderTest.readBack(builder.build(signed));

        assertTrue(t.getSegment("/MSH").getMessage() instanceof OMP_O09);
        assertEquals("OMP", t.get("/MSH-9-1"));
        assertEquals("O09", t.get("/MSH-9-2"));
        assertEquals("OMP_O09", t.get("/MSH-9-3"));
        assertEquals("H1234567", t.get("/PATIENT/PID-3(0)-1"));
        assertEquals("SV", t.get("/PATIENT/AL1-4-1"));
        assertEquals("NW", t.get("/ORDER/ORC-1"));
        assertEquals("order-123", t.get("/ORDER/ORC-2-1"));
        assertEquals("dr.evans", t.get("/ORDER/ORC-12-1"));
        assertEquals("QID", t.get("/ORDER/TIMING/TQ1-3-1-1"));
        assertEquals("0800", t.get("/ORDER/TIMING/TQ1-4(0)"));
        assertEquals("PARA500TAB", t.get("/ORDER/RXO-1-1"));
        assertEquals("1", t.get("/ORDER/RXO-2"));
        assertEquals("g", t.get("/ORDER/RXO-4-1"));
        assertEquals("TABLET", t.get("/ORDER/RXO-5-1"));
        assertEquals(null, t.get("/ORDER/RXO-15-1"));
        assertEquals("pain", t.get("/ORDER/RXO-20-2"));
        assertEquals("Do not exceed 4 g in 24 hours.", t.get("/ORDER/NTE-3"));
        assertEquals("PO", t.get("/ORDER/RXR-1-1"));
    }

    @Test
    void combinationProductGoesInComponentGroups() throws HL7Exception {
        Terser t = RdeO11BuilderTest.readBack(builder.build(OrderExamples.coCodamol()));
        assertEquals("codeine phosphate", t.get("/ORDER/COMPONENT(0)/RXC-2-2"));
        assertEquals("30", t.get("/ORDER/COMPONENT(0)/RXC-3"));
        assertEquals("paracetamol", t.get("/ORDER/COMPONENT(1)/RXC-2-2"));
        assertEquals("500", t.get("/ORDER/COMPONENT(1)/RXC-3"));
        assertEquals("mg", t.get("/ORDER/COMPONENT(1)/RXC-4-1"));
    }

    @Test
    void anAsNeededOmpCarriesItsMostIn24HoursInRxo23() throws HL7Exception {
        Terser t = RdeO11BuilderTest.readBack(builder.build(OrderExamples.paracetamolPrn()));
        assertEquals("4", t.get("/ORDER/RXO-23-1"));
        assertEquals("g", t.get("/ORDER/RXO-23-2-1"));
        assertEquals("4", t.get("/ORDER/TIMING/TQ1-3-5"));
        assertEquals("H", t.get("/ORDER/TIMING/TQ1-3-6"));
    }

    @Test
    void unitIsWrittenOutForPeopleReadingAnOmp() throws HL7Exception {
        Terser t = RdeO11BuilderTest.readBack(builder.build(OrderExamples.microgramDose()));
        assertEquals("ug", t.get("/ORDER/RXO-4-1"));
        assertEquals("microgram", t.get("/ORDER/RXO-4-2"));
    }
}
