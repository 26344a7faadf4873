package org.epma.hl7.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

import org.epma.prescribing.patient.FieldChange;
import org.epma.prescribing.ward.AttendingDoctor;
import org.junit.jupiter.api.Test;

/** PV1-7 as the ADT reader hands it to the records: what an empty field, a value and the HL7 null each say. */
class AdtReaderAttendingDoctorTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static AdtEvent read(String trigger, String... afterPid) throws Exception {
        String[] segments = new String[afterPid.length + 3];
        segments[0] = Messages.msh("ADT^" + trigger + "^ADT_A01", "adt-pv1", "2.5.1");
        segments[1] = "EVN|" + trigger + "|20261123101400";
        segments[2] = Messages.PID;
        System.arraycopy(afterPid, 0, segments, 3, afterPid.length);
        try (HapiContext context = new DefaultHapiContext(ValidationContextFactory.noValidation())) {
            context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
            Message message = context.getPipeParser().parse(Messages.of(segments));
            return AdtReader.read(message, AdtTrigger.valueOf(trigger), LONDON);
        }
    }

    @Test
    void codeFamilyGivenAndPrefixAreReadFromTheFirstRepetition() throws Exception {
        AdtEvent event = read("A01", "PV1|1|I|WARD7^^B12||||C123^Jones^Rhian^^^Dr~C456^Evans^Rhys^^^Dr");
        assertEquals(FieldChange.replace(new AttendingDoctor("C123", "Jones", "Rhian", "Dr")), event.attendingDoctor());
    }

    @Test
    void aCodeAloneOrANameAloneIsTakenAsGiven() throws Exception {
        assertEquals(FieldChange.replace(new AttendingDoctor("C123", "", "", "")),
                read("A08", "PV1|1|I|WARD7||||C123").attendingDoctor());
        assertEquals(FieldChange.replace(new AttendingDoctor("", "Jones", "Rhian", "Dr")),
                read("A08", "PV1|1|I|WARD7||||^Jones^Rhian^^^Dr").attendingDoctor());
    }

    @Test
    void anEmptyFieldOrNoPv1KeepsTheStoredDoctor() throws Exception {
        assertEquals(FieldChange.keep(), read("A02", "PV1|1|I|WARD8").attendingDoctor());
        assertEquals(FieldChange.keep(), read("A08").attendingDoctor());
        assertEquals(FieldChange.keep(), read("A08", "PV1|1|I|WARD7||||^^^^^Dr").attendingDoctor(),
                "a title alone names no one");
    }

    @Test
    void theHl7NullRemovesTheStoredDoctor() throws Exception {
        assertEquals(FieldChange.remove(), read("A08", "PV1|1|I|WARD7||||\"\"").attendingDoctor());
    }

    @Test
    void aCodeLongerThanTheRecordsHoldIsRefusedNamingPv17() throws Exception {
        MessageRefused refused = assertThrows(MessageRefused.class,
                () -> read("A01", "PV1|1|I|WARD7||||" + "C".repeat(65) + "^Jones"));
        assertTrue(refused.getMessage().contains("PV1-7"), refused.getMessage());
    }
}
