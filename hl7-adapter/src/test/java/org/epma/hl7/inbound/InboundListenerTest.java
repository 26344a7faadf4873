package org.epma.hl7.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.epma.hl7.codes.AllergenType;
import org.epma.hl7.mllp.MllpReader;
import org.epma.hl7.mllp.MllpWriter;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.FieldChange;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboundListenerTest {

    private final RecordingHandler handler = new RecordingHandler();
    private InboundListener listener;
    private Socket socket;
    private MllpReader reader;
    private MllpWriter writer;

    @BeforeEach
    void start() throws IOException {
        listener = new InboundListener(ListenerSettings.onPort(0).withBindAddress("127.0.0.1")
                .withMaxConnections(4).withIdleTimeout(Duration.ofSeconds(10)), handler);
        listener.start();
        socket = connect();
        reader = new MllpReader(socket.getInputStream(), StandardCharsets.UTF_8, 1 << 20);
        writer = new MllpWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() throws IOException {
        socket.close();
        listener.close();
    }

    private Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", listener.port());
        s.setSoTimeout(5_000);
        return s;
    }

    private WireAck exchange(String message) throws IOException {
        writer.writeFrame(message);
        return new WireAck(reader.readFrame().orElseThrow());
    }

    @Test
    void admissionIsReadAndAnsweredAa() throws IOException {
        WireAck ack = exchange(Messages.admitA01());
        assertEquals("AA", ack.code(), ack.toString());
        assertEquals("adt-1", ack.field("MSA", 2));
        assertEquals("ACK^A01^ACK", ack.field("MSH", 9));
        assertEquals("EPMA", ack.field("MSH", 3));
        assertEquals("PAS", ack.field("MSH", 5));
        assertEquals("2.5.1", ack.field("MSH", 12));

        AdtEvent event = handler.adt.get(0);
        assertEquals(AdtTrigger.A01, event.trigger());
        assertEquals("H1234567", event.patient().hospitalNumber().value());
        assertEquals(FieldChange.replace(new NhsNumber("9434765919")), event.patient().nhsNumber());
        assertEquals(FieldChange.replace("Jones"), event.patient().familyName());
        assertEquals(FieldChange.replace("Mair"), event.patient().givenName());
        assertEquals(FieldChange.replace(LocalDate.of(1948, 3, 2)), event.patient().birthDate());
        assertEquals(FieldChange.replace(Sex.FEMALE), event.patient().sex());
        assertEquals("WARD7", event.location().wardCode());
        assertEquals("B12", event.location().bed());
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), event.occurredAt(), "EVN-6 read in Europe/London");
        assertNull(event.priorHospitalNumber());

        MessageOrigin origin = handler.origins.get(0);
        assertEquals("adt-1", origin.controlId());
        assertEquals("PAS", origin.sendingApplication());
        assertEquals("RXX01", origin.sendingFacility());
        assertEquals("ADT^A01", origin.messageType());
    }

    @Test
    void allergiesAreReadWithSeverityAndReactions() throws IOException {
        assertEquals("AA", exchange(Messages.admitA01()).code());
        var allergies = handler.adt.get(0).allergies();
        assertEquals(3, allergies.size());
        assertEquals(AllergenType.DA, allergies.get(0).type());
        assertEquals("PENICILLIN", allergies.get(0).substance().code());
        assertEquals("penicillin", allergies.get(0).substance().text());
        assertEquals(AllergySeverity.SEVERE, allergies.get(0).severity());
        assertEquals("anaphylaxis; urticaria", allergies.get(0).reaction());
        assertEquals(AllergenType.FA, allergies.get(1).type());
        assertEquals("peanuts", allergies.get(1).substance().text());
        assertEquals(AllergySeverity.MODERATE, allergies.get(1).severity());
        assertEquals(AllergySeverity.UNKNOWN, allergies.get(2).severity(), "no AL1-4 is an unknown severity");
        assertEquals("", allergies.get(2).reaction());
    }

    @Test
    void version23TransferWithoutStructureIsAccepted() throws IOException {
        String a02 = Messages.of(Messages.msh("ADT^A02", "adt-23", "2.3"),
                "EVN|A02|200611231014",
                "PID|1||H7654321^^^RXX01^MR||Smith^John||19700101|M",
                "PV1|1|I|WARD9^^B3");
        WireAck ack = exchange(a02);
        assertEquals("AA", ack.code(), ack.toString());
        assertEquals("2.3", ack.field("MSH", 12), "the answer is in the sender's version");
        AdtEvent event = handler.adt.get(0);
        assertEquals(AdtTrigger.A02, event.trigger());
        assertEquals("WARD9", event.location().wardCode());
        assertEquals(FieldChange.replace(Sex.MALE), event.patient().sex());
        assertEquals(FieldChange.keep(), event.patient().nhsNumber(), "no NHS number sent: the stored one stays");
        assertEquals(Instant.parse("2006-11-23T10:14:00Z"), event.occurredAt(), "EVN-2 when there is no EVN-6");
    }

    @Test
    void updateWithEmptyBirthDateAndSexIsAcceptedAndChangesNeither() throws IOException {
        WireAck ack = exchange(Messages.of(Messages.msh("ADT^A08^ADT_A01", "adt-8", "2.5.1"),
                "EVN|A08|20261123101400",
                "PID|1||H1234567^^^RXX01^MR||Jones^Mair||||",
                "PV1|1|I|WARD7^^B12"));
        assertEquals("AA", ack.code(), ack.toString());
        PatientIdentity patient = handler.adt.get(0).patient();
        assertEquals(FieldChange.keep(), patient.birthDate(), "an empty PID-7 says nothing");
        assertEquals(FieldChange.keep(), patient.sex(), "an empty PID-8 says nothing");
        assertEquals(FieldChange.keep(), patient.nhsNumber());
    }

    @Test
    void hl7NullAsksForTheValueToBeRemoved() throws IOException {
        WireAck ack = exchange(Messages.of(Messages.msh("ADT^A08^ADT_A01", "adt-9", "2.5.1"),
                "EVN|A08|20261123101400",
                "PID|1||H1234567^^^RXX01^MR~\"\"^^^NHS^NH||Jones^\"\"||\"\"|\"\""));
        assertEquals("AA", ack.code(), ack.toString());
        PatientIdentity patient = handler.adt.get(0).patient();
        assertEquals(FieldChange.remove(), patient.birthDate());
        assertEquals(FieldChange.remove(), patient.sex());
        assertEquals(FieldChange.remove(), patient.nhsNumber());
        assertEquals(FieldChange.remove(), patient.givenName());
        assertEquals(FieldChange.replace("Jones"), patient.familyName());
    }

    @Test
    void mergeCarriesTheHospitalNumberMergedAway() throws IOException {
        String a40 = Messages.of(Messages.msh("ADT^A40^ADT_A39", "adt-40", "2.5.1"),
                "EVN|A40|20261123101400",
                Messages.PID,
                "MRG|H0000042^^^RXX01^MR");
        assertEquals("AA", exchange(a40).code());
        AdtEvent event = handler.adt.get(0);
        assertEquals(AdtTrigger.A40, event.trigger());
        assertEquals("H0000042", event.priorHospitalNumber());
        assertEquals("H1234567", event.patient().hospitalNumber().value());
        assertNull(event.location());
    }

    @Test
    void mergeWithoutMrgIsAContentError() throws IOException {
        String a40 = Messages.of(Messages.msh("ADT^A40^ADT_A39", "adt-40", "2.5.1"), "EVN|A40|20261123101400",
                Messages.PID);
        WireAck ack = exchange(a40);
        assertEquals("AE", ack.code());
        assertEquals("100", ack.errorCode());
        assertTrue(ack.userMessage().contains("MRG"), ack.userMessage());
        assertTrue(handler.adt.isEmpty());
    }

    @Test
    void everyAdtEventIsAccepted() throws IOException {
        for (AdtTrigger trigger : AdtTrigger.values()) {
            String extra = trigger == AdtTrigger.A40 ? "MRG|H0000042^^^RXX01^MR" : "PV1|1|I|WARD7^^B12";
            String message = Messages.of(Messages.msh("ADT^" + trigger.name(), "adt-" + trigger, "2.4"),
                    "EVN|" + trigger.name() + "|20261123101400", Messages.PID, extra);
            assertEquals("AA", exchange(message).code(), trigger.name());
        }
        assertEquals(AdtTrigger.values().length, handler.adt.size());
    }

    @Test
    void dispenseIsReadFromRdsO13() throws IOException {
        String rds = Messages.of(Messages.msh("RDS^O13^RDS_O13", "rds-1", "2.5.1"),
                Messages.PID,
                "ORC|RE|order-123^EPMA|F998|||||||||||||||||||",
                "RXD|1|PARA500TAB^paracetamol 500 mg tablets^EPMA|20261123113000+0000|32|{tablet}^tablet^UCUM||RX-778|||"
                        + "ph.hughes^Hughes^Siân",
                "RXR|PO");
        WireAck ack = exchange(rds);
        assertEquals("AA", ack.code(), ack.toString());
        assertEquals("ACK^O13^ACK", ack.field("MSH", 9));
        DispenseEvent d = handler.dispenses.get(0).get(0);
        assertEquals("order-123", d.placerOrderNumber());
        assertEquals("H1234567", d.hospitalNumber().value());
        assertEquals(Instant.parse("2026-11-23T11:30:00Z"), d.dispensedAt());
        assertEquals("PARA500TAB", d.giveCode().code());
        assertEquals(0, new BigDecimal("32").compareTo(d.amount()));
        assertEquals("tablet", d.units().text());
        assertEquals("RX-778", d.prescriptionNumber());
        assertEquals("ph.hughes Siân Hughes", d.dispensedBy());
    }

    @Test
    void dispenseWithoutPlacerOrderNumberIsAContentError() throws IOException {
        String rds = Messages.of(Messages.msh("RDS^O13^RDS_O13", "rds-2", "2.5.1"), Messages.PID,
                "ORC|RE||F998", "RXD|1|PARA500TAB^paracetamol|20261123113000|32");
        WireAck ack = exchange(rds);
        assertEquals("AE", ack.code());
        assertEquals("101", ack.errorCode());
        assertTrue(ack.userMessage().contains("ORC-2"), ack.userMessage());
        assertTrue(handler.dispenses.isEmpty());
    }

    @Test
    void garbageFrameGetsAnErrorAckAndTheNextMessageIsStillAnswered() throws IOException {
        WireAck garbage = exchange("this is not an HL7 message");
        assertEquals("AR", garbage.code());
        assertEquals("100", garbage.errorCode());
        assertEquals("ACK", garbage.field("MSH", 9));
        assertEquals("", garbage.field("MSA", 2), "there was no control id to acknowledge");
        assertEquals("AA", exchange(Messages.admitA01()).code());
        assertEquals(1, handler.adt.size());
    }

    @Test
    void brokenFrameEndGetsAnErrorAckAndTheConnectionGoesOn() throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(new byte[] {0x0B, 'M', 'S', 'H', 0x1C, 'x'});
        out.flush();
        WireAck broken = new WireAck(reader.readFrame().orElseThrow());
        assertEquals("AR", broken.code());
        assertTrue(broken.userMessage().contains("0x0D"), broken.userMessage());
        assertEquals("AA", exchange(Messages.admitA01()).code());
    }

    @Test
    void unsupportedMessageTypeIsRejected() throws IOException {
        WireAck ack = exchange(Messages.of(Messages.msh("ORU^R01^ORU_R01", "oru-1", "2.5.1"), Messages.PID));
        assertEquals("AR", ack.code());
        assertEquals("200", ack.errorCode());
        assertEquals("oru-1", ack.field("MSA", 2));
    }

    @Test
    void unknownAdtEventIsRejected() throws IOException {
        WireAck ack = exchange(Messages.of(Messages.msh("ADT^A31", "adt-31", "2.5.1"), "EVN|A31|20261123101400",
                Messages.PID));
        assertEquals("AR", ack.code());
        assertEquals("201", ack.errorCode());
    }

    @Test
    void handlerRefusalIsAnsweredAeWithItsCodeAndReason() throws IOException {
        handler.refusal = new MessageRefused(Hl7ErrorCode.UNKNOWN_KEY_IDENTIFIER, "Patient H1234567 is not known to ePMA.");
        WireAck ack = exchange(Messages.admitA01());
        assertEquals("AE", ack.code());
        assertEquals("204", ack.errorCode());
        assertEquals("E", ack.field("ERR", 4));
        assertEquals("Patient H1234567 is not known to ePMA.", ack.userMessage());
    }

    @Test
    void handlerFailureIsRejectedSoTheSenderTriesAgain() throws IOException {
        handler.failure = new IllegalStateException("database down");
        WireAck ack = exchange(Messages.admitA01());
        assertEquals("AR", ack.code());
        assertEquals("207", ack.errorCode());
        handler.failure = null;
        assertEquals("AA", exchange(Messages.admitA01()).code());
    }

    @Test
    void repeatIsStillAnsweredAa() throws IOException {
        handler.receipt = Receipt.REPEAT;
        WireAck ack = exchange(Messages.admitA01());
        assertEquals("AA", ack.code());
        assertTrue(ack.field("MSA", 3).startsWith("Repeat"), ack.toString());
    }

    @Test
    void severalConnectionsAreServedAtOnce() throws IOException {
        try (Socket second = connect()) {
            MllpWriter w2 = new MllpWriter(second.getOutputStream(), StandardCharsets.UTF_8);
            MllpReader r2 = new MllpReader(second.getInputStream(), StandardCharsets.UTF_8, 1 << 20);
            w2.writeFrame(Messages.admitA01().replace("adt-1", "adt-2"));
            assertEquals("adt-2", new WireAck(r2.readFrame().orElseThrow()).field("MSA", 2));
            assertEquals("adt-1", exchange(Messages.admitA01()).field("MSA", 2));
        }
    }
}
