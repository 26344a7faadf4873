package org.epma.prescribing.ward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.Sex;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

class AdmissionAttendingDoctorTest {

    private static final Instant ADMITTED = Instant.parse("2026-11-23T10:00:00Z");
    private static final AttendingDoctor JONES = new AttendingDoctor("C123", "Jones", "Rhian", "Dr");

    private static Admission stay() {
        Patient patient = new Patient(new HospitalNumber("H1234567"), null, "Mair", "Jones", LocalDate.of(1948, 3, 2), Sex.FEMALE);
        storedAs(patient, 7L);
        Ward ward = new Ward(new WardDefinition("TEIFI", "Teifi", "Teifi", WardSpecialty.ADULT_MEDICAL, null, Map.of(), null));
        return new Admission(patient, ward, null, ADMITTED);
    }

    /** The admission needs a stored patient; these tests have no database, so the id is given as one would be. */
    private static void storedAs(Patient patient, long id) {
        try {
            Field field = Patient.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(patient, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aNewStayHasNoAttendingDoctor() {
        assertEquals(Optional.empty(), stay().attendingDoctor());
    }

    @Test
    void theAssignedDoctorIsReadBackWithEveryPart() {
        Admission stay = stay();
        stay.assignAttendingDoctor(JONES);
        assertEquals(Optional.of(JONES), stay.attendingDoctor());
    }

    @Test
    void aDoctorWithOnlyACodeOrOnlyANameIsKeptAsGiven() {
        Admission stay = stay();
        stay.assignAttendingDoctor(new AttendingDoctor("C123", null, null, null));
        assertEquals(Optional.of(new AttendingDoctor("C123", "", "", "")), stay.attendingDoctor());
        stay.assignAttendingDoctor(new AttendingDoctor(null, "Jones", null, "Dr"));
        assertEquals(Optional.of(new AttendingDoctor("", "Jones", "", "Dr")), stay.attendingDoctor(),
                "the new doctor replaces the old as a whole: no code is left over from before");
    }

    @Test
    void clearingLeavesNoAttendingDoctor() {
        Admission stay = stay();
        stay.assignAttendingDoctor(JONES);
        stay.clearAttendingDoctor();
        assertEquals(Optional.empty(), stay.attendingDoctor());
    }

    @Test
    void theDoctorOfAnEndedStayCannotChange() {
        Admission stay = stay();
        stay.assignAttendingDoctor(JONES);
        stay.discharge(ADMITTED.plusSeconds(3600));
        assertThrows(InvalidInputException.class, () -> stay.assignAttendingDoctor(new AttendingDoctor("C999", "", "", "")));
        assertThrows(InvalidInputException.class, stay::clearAttendingDoctor);
        assertEquals(Optional.of(JONES), stay.attendingDoctor());
    }

    @Test
    void aDoctorWithNeitherCodeNorNameIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new AttendingDoctor(" ", "", null, "Dr"));
        assertEquals("attendingDoctor", refused.field());
    }

    @Test
    void partsLongerThanTheirColumnsAreRefusedNotCut() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new AttendingDoctor("C".repeat(AttendingDoctor.ID_LENGTH + 1), "Jones", "", ""));
        assertEquals("attendingDoctor.id", refused.field());
        assertThrows(InvalidInputException.class,
                () -> new AttendingDoctor("C123", "J".repeat(AttendingDoctor.NAME_LENGTH + 1), "", ""));
        assertEquals("J".repeat(AttendingDoctor.NAME_LENGTH),
                new AttendingDoctor("", " " + "J".repeat(AttendingDoctor.NAME_LENGTH) + " ", "", "").familyName(), "stripped first");
    }
}
