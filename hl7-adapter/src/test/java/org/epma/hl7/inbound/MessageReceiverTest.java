package org.epma.hl7.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.epma.prescribing.patient.FieldChange;
import org.epma.prescribing.patient.NhsNumber;
import org.junit.jupiter.api.Test;

/** Validation of inbound content, without sockets: each refusal names its field and changes nothing. */
class MessageReceiverTest {

    private final RecordingHandler handler = new RecordingHandler();
    private final MessageReceiver receiver = new MessageReceiver(handler,
            Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC), ZoneId.of("Europe/London"), "EPMA", "RXX01");

    private WireAck adtWithPid(String pid) {
        return new WireAck(receiver.receive(Messages.of(Messages.msh("ADT^A08^ADT_A01", "adt-8", "2.5.1"),
                "EVN|A08|20261123101400", pid, "PV1|1|I|WARD7")));
    }

    private void assertRefused(WireAck ack, String code, String fieldNamed) {
        assertEquals("AE", ack.code(), ack.toString());
        assertEquals(code, ack.errorCode(), ack.toString());
        assertTrue(ack.userMessage().contains(fieldNamed), ack.userMessage());
        assertTrue(handler.adt.isEmpty() && handler.dispenses.isEmpty(), "nothing reached the handler");
    }

    @Test
    void ackIsAddressedBackToTheSender() {
        WireAck ack = adtWithPid(Messages.PID);
        assertEquals("AA", ack.code());
        assertEquals("EPMA", ack.field("MSH", 3));
        assertEquals("RXX01", ack.field("MSH", 4));
        assertEquals("PAS", ack.field("MSH", 5));
        assertEquals("RXX01", ack.field("MSH", 6));
        assertEquals("20261123101500+0000", ack.field("MSH", 7));
        assertEquals("adt-8", ack.field("MSA", 2));
        assertEquals(null, ack.field("ERR", 3));
    }

    @Test
    void messageWithoutPidIsRefused() {
        WireAck ack = new WireAck(receiver.receive(Messages.of(Messages.msh("ADT^A08", "adt-8", "2.5.1"),
                "EVN|A08|20261123101400", "PV1|1|I|WARD7")));
        assertRefused(ack, "100", "PID");
    }

    @Test
    void pidWithoutHospitalNumberIsRefused() {
        assertRefused(adtWithPid("PID|1||9434765919^^^NHS^NH||Jones^Mair||19480302|F"), "101", "PID-3");
    }

    @Test
    void untypedFirstIdentifierIsTakenAsTheHospitalNumber() {
        assertEquals("AA", adtWithPid("PID|1||H5550001||Jones^Mair||19480302|F").code());
        assertEquals("H5550001", handler.adt.get(0).patient().hospitalNumber().value());
    }

    @Test
    void untypedIdentifierAfterTheNhsNumberIsTakenAsTheHospitalNumber() {
        assertEquals("AA", adtWithPid("PID|1||9434765919^^^NHS^NH~H5550002||Jones^Mair||19480302|F").code());
        assertEquals("H5550002", handler.adt.get(0).patient().hospitalNumber().value());
        assertEquals(FieldChange.replace(new NhsNumber("9434765919")), handler.adt.get(0).patient().nhsNumber());
    }

    @Test
    void accountNumberIsNeverTakenForTheHospitalNumber() {
        assertRefused(adtWithPid("PID|1||A998877^^^RXX01^AN||Jones^Mair||19480302|F"), "101", "PID-3");
    }

    @Test
    void unknownSexCodeIsRefused() {
        assertRefused(adtWithPid("PID|1||H1234567^^^RXX01^MR||Jones^Mair||19480302|X"), "103", "PID-8");
    }

    @Test
    void invalidBirthDateIsRefused() {
        assertRefused(adtWithPid("PID|1||H1234567^^^RXX01^MR||Jones^Mair||19480230|F"), "102", "PID-7");
    }

    @Test
    void nhsNumberFailingItsCheckDigitIsRefused() {
        assertRefused(adtWithPid("PID|1||H1234567^^^RXX01^MR~9434765918^^^NHS^NH||Jones^Mair||19480302|F"), "102",
                "Modulus 11");
    }

    @Test
    void invalidEventTimeIsRefused() {
        WireAck ack = new WireAck(receiver.receive(Messages.of(Messages.msh("ADT^A08", "adt-8", "2.5.1"),
                "EVN|A08|2026112", Messages.PID)));
        assertRefused(ack, "102", "EVN-2");
    }

    @Test
    void unknownAllergySeverityIsRefused() {
        WireAck ack = new WireAck(receiver.receive(Messages.of(Messages.msh("ADT^A08", "adt-8", "2.5.1"),
                "EVN|A08|20261123101400", Messages.PID, "AL1|1|DA|^penicillin|BAD")));
        assertRefused(ack, "103", "0128");
    }

    @Test
    void allergyWithoutSubstanceIsRefused() {
        WireAck ack = new WireAck(receiver.receive(Messages.of(Messages.msh("ADT^A08", "adt-8", "2.5.1"),
                "EVN|A08|20261123101400", Messages.PID, "AL1|1|DA||SV")));
        assertRefused(ack, "101", "AL1-3");
    }

    @Test
    void dispenseWithoutDispenseTimeIsRefused() {
        WireAck ack = new WireAck(receiver.receive(Messages.of(Messages.msh("RDS^O13^RDS_O13", "rds-3", "2.5.1"),
                Messages.PID, "ORC|RE|order-123^EPMA", "RXD|1|PARA500TAB^paracetamol||32")));
        assertRefused(ack, "101", "RXD-3");
    }

    @Test
    void dispenseWithNonNumericAmountIsRefused() {
        WireAck ack = new WireAck(receiver.receive(Messages.of(Messages.msh("RDS^O13^RDS_O13", "rds-4", "2.5.1"),
                Messages.PID, "ORC|RE|order-123^EPMA", "RXD|1|PARA500TAB^paracetamol|20261123113000|thirty")));
        assertRefused(ack, "102", "RXD-4");
    }

    @Test
    void messageWithoutVersionCannotBeParsedAndIsRejected() {
        WireAck ack = new WireAck(receiver.receive(Messages.of(
                "MSH|^~\\&|PAS|RXX01|EPMA|RXX01|20261123101500||ADT^A01|adt-9|P|", Messages.PID)));
        assertEquals("AR", ack.code(), ack.toString());
        assertEquals("adt-9", ack.field("MSA", 2));
        assertTrue(handler.adt.isEmpty());
    }

    @Test
    void messageWithoutControlIdIsRejected() {
        WireAck ack = new WireAck(receiver.receive(Messages.of(
                "MSH|^~\\&|PAS|RXX01|EPMA|RXX01|20261123101500||ADT^A01||P|2.5.1", Messages.PID)));
        assertEquals("AR", ack.code());
        assertEquals("101", ack.errorCode());
    }

    @Test
    void reasonWithDelimitersIsEscapedInTheAck() {
        handler.refusal = new MessageRefused(Hl7ErrorCode.UNKNOWN_KEY_IDENTIFIER, "Ward A|B^C is unknown");
        WireAck ack = adtWithPid(Messages.PID);
        assertEquals("AE", ack.code());
        assertEquals("Ward A\\F\\B\\S\\C is unknown", ack.userMessage());
    }

    @Test
    void aFieldRepeatedMoreThanAHundredTimesIsRejectedBeforeItIsParsed() {
        assertEquals("AA", adtWithPid("PID|1||" + "~".repeat(99) + "H1234567^^^RXX01^MR||Jones^Mair||19480302|F").code());
        handler.adt.clear();
        WireAck ack = adtWithPid("PID|1||" + "~".repeat(100) + "H1234567^^^RXX01^MR||Jones^Mair||19480302|F");
        assertEquals("AR", ack.code(), ack.toString());
        assertEquals("102", ack.errorCode());
        assertTrue(ack.userMessage().contains("PID-3 repeats more than 100 times"), ack.userMessage());
        assertTrue(handler.adt.isEmpty(), "nothing reached the handler");
    }

    @Test
    void aMessageOfMoreThanFiveHundredSegmentsIsRejectedBeforeItIsParsed() {
        String allergies = String.join("\r", java.util.Collections.nCopies(498, "AL1|1|DA|^Latex|MO|Urticaria"));
        WireAck ack = new WireAck(receiver.receive(Messages.of(Messages.msh("ADT^A08^ADT_A01", "adt-8", "2.5.1"),
                "EVN|A08|20261123101400", Messages.PID, allergies)));
        assertEquals("AR", ack.code(), ack.toString());
        assertEquals("102", ack.errorCode());
        assertTrue(ack.userMessage().contains("501 segments"), ack.userMessage());
        assertTrue(handler.adt.isEmpty(), "nothing reached the handler");
    }

    @Test
    void aControlIdTooLongToKeepOrHoldingNulIsRejectedNamingMsh10() {
        for (String controlId : new String[] {"x".repeat(200), "adt\u00008"}) {
            WireAck ack = new WireAck(receiver.receive(Messages.of(Messages.msh("ADT^A08^ADT_A01", controlId, "2.5.1"),
                    "EVN|A08|20261123101400", Messages.PID)));
            assertEquals("AR", ack.code(), ack.toString());
            assertEquals("102", ack.errorCode());
            assertTrue(ack.userMessage().contains("MSH-10"), ack.userMessage());
        }
        assertEquals("AA", new WireAck(receiver.receive(Messages.of(Messages.msh("ADT^A08^ADT_A01", "x".repeat(199), "2.5.1"),
                "EVN|A08|20261123101400", Messages.PID))).code());
        assertEquals(1, handler.adt.size(), "only the control id of 199 characters reached the handler");
    }

    @Test
    void aMessageThatBreaksTheParserIsRejectedWithAnAnswer() {
        WireAck ack = new WireAck(receiver.receive(Messages.of(Messages.msh("RDS^O13^RDS_O13", "rds-9", "2.5.1"), Messages.PID,
                "ORC|RE|order-1^EPMA|F998", "|||", "RXD|1|PARA500TAB^paracetamol^EPMA|20261123113000|32|{tablet}^tablet^UCUM")));
        assertEquals("AR", ack.code(), ack.toString());
        assertEquals("102", ack.errorCode());
        assertTrue(handler.dispenses.isEmpty(), "nothing reached the handler");
    }
}
