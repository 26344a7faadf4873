package org.epma.hl7.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.util.Terser;
import org.epma.hl7.mllp.DeliveryOutcome;
import org.epma.hl7.mllp.MllpClient;
import org.epma.hl7.mllp.MllpDestination;
import org.epma.hl7.mllp.TestPeer;
import org.epma.prescribing.patient.AllergySeverity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a dispensing system reads off the wire: each order is built as the sender builds it, sent over a real MLLP
 * connection to a peer that writes its ACKs by hand, and the frame the peer received is read back.
 */
class OrdersOverMllpTest {

    private TestPeer peer;
    private MllpClient client;
    private final RdeO11Builder rde = new RdeO11Builder();

    @BeforeEach
    void startPeer() throws IOException {
        peer = new TestPeer();
        client = new MllpClient(MllpDestination.plain("127.0.0.1", peer.port())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }

    @AfterEach
    void stopPeer() throws IOException {
        client.close();
        peer.close();
    }

    /** Sends the order as RDE^O11 and returns what the peer received, parsed. */
    private Terser received(PharmacyOrder order) throws HL7Exception {
        assertInstanceOf(DeliveryOutcome.Delivered.class, client.send(rde.build(order)));
        return RdeO11BuilderTest.readBack(peer.received().get(peer.received().size() - 1));
    }

    private static MessageHeader header(SendingSystem sender, String controlId) {
        return new MessageHeader(controlId, OrderExamples.SENT, "EPMA", sender.facility(), "PHARMACY", "RXX01",
                sender.processingId(), AcknowledgementMode.ORIGINAL);
    }

    @Test
    void aTrainingInstanceSendsProcessingIdT() throws HL7Exception {
        PharmacyOrder order = OrderExamples.paracetamolQds();
        Terser wire = received(OrderExamples.withHeader(order, header(SendingSystem.of("RXX01", true), "c1"),
                order.verifiedBy()));
        assertEquals("T", wire.get("/MSH-11"));
    }

    @Test
    void aLiveInstanceSendsProcessingIdP() throws HL7Exception {
        PharmacyOrder order = OrderExamples.paracetamolQds();
        Terser wire = received(OrderExamples.withHeader(order, header(SendingSystem.of("RXX01", false), "c1"),
                order.verifiedBy()));
        assertEquals("P", wire.get("/MSH-11"));
        assertEquals("RXX01", wire.get("/MSH-4"));
    }

    @Test
    void aHoldArrivesDatedWhenItWasDoneWithThePrescribersReason() throws HL7Exception {
        Terser wire = received(OrderExamples.paracetamolHeld());
        assertEquals("HD", wire.get("/ORDER/ORC-1"));
        assertEquals("20261125142000+0000", wire.get("/ORDER/ORC-9"));
        assertEquals("nil by mouth for surgery", wire.get("/ORDER/ORC-16-2"));
    }

    @Test
    void allergiesArriveTypedAndCodedAsRecordedThroughTheAllergyTerms() throws HL7Exception {
        PharmacyOrder o = OrderExamples.paracetamolQds();
        AllergenCoding coding = ShippedAllergyTerms.CODING;
        PharmacyOrder withAllergies = new PharmacyOrder(o.header(), o.control(), o.placerOrderNumber(), o.version(), o.event(),
                o.patient(), List.of(coding.allergy("Augmentin", AllergySeverity.SEVERE, "anaphylaxis"),
                        coding.allergy("latex", AllergySeverity.MODERATE, "urticaria"),
                        coding.allergy("peanuts", AllergySeverity.SEVERE, "anaphylaxis")),
                o.product(), o.dose(), o.form(), o.route(), o.timing(), o.prescriber(), o.verifiedBy(), o.indication(),
                o.instructions(), o.ingredients());
        Terser wire = received(withAllergies);
        assertEquals("DA", wire.get("/.AL1(0)-2-1"));
        assertEquals("PENICILLIN", wire.get("/.AL1(0)-3-1"), "co-amoxiclav's two ingredients share one allergy class");
        assertEquals("EPMA-ALLERGY-CLASS", wire.get("/.AL1(0)-3-3"));
        assertEquals("Augmentin", wire.get("/.AL1(0)-3-9"));
        assertEquals("EA", wire.get("/.AL1(1)-2-1"));
        assertEquals("environmental allergy", wire.get("/.AL1(1)-2-2"));
        assertEquals(null, wire.get("/.AL1(1)-3-1"));
        assertEquals("latex", wire.get("/.AL1(1)-3-2"));
        assertEquals("FA", wire.get("/.AL1(2)-2-1"));
        assertEquals("peanuts", wire.get("/.AL1(2)-3-2"));
    }

    @Test
    void cliniciansArriveWithGivenAndFamilyNamesApart() throws HL7Exception {
        Terser wire = received(OrderExamples.paracetamolQds());
        assertEquals("dr.evans", wire.get("/ORDER/ORC-12-1"));
        assertEquals("Evans", wire.get("/ORDER/ORC-12-2"));
        assertEquals("Rhys", wire.get("/ORDER/ORC-12-3"));
        assertEquals("Dr", wire.get("/ORDER/ORC-12-6"));
        assertEquals("Evans", wire.get("/.PV1-7-2"), "the attending doctor, where known");
        assertEquals("Hughes", wire.get("/ORDER/RXE-14-2"));
        assertEquals("Siân", wire.get("/ORDER/RXE-14-3"));
    }

    @Test
    void anAsNeededOrderArrivesWithItsMinimumIntervalAndMostIn24Hours() throws HL7Exception {
        Terser wire = received(OrderExamples.paracetamolPrn());
        assertEquals("PRN", wire.get("/ORDER/TIMING_ENCODED/TQ1-3-1-1"));
        assertEquals("4", wire.get("/ORDER/TIMING_ENCODED/TQ1-3-5"));
        assertEquals("H", wire.get("/ORDER/TIMING_ENCODED/TQ1-3-6"));
        assertEquals("4", wire.get("/ORDER/RXE-19-1"));
        assertEquals("g", wire.get("/ORDER/RXE-19-2-1"));
    }
}
