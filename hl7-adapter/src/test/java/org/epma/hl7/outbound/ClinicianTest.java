package org.epma.hl7.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.epma.prescribing.ward.AttendingDoctor;
import org.junit.jupiter.api.Test;

class ClinicianTest {

    private static Clinician.NameParts parts(String displayName) {
        return Clinician.staff("someone", displayName).name();
    }

    @Test
    void aTitledNameSplitsIntoPrefixGivenAndFamily() {
        assertEquals(new Clinician.NameParts("Evans", "Rhys", "", "Dr"), parts("Dr Rhys Evans"));
    }

    @Test
    void wordsBetweenGivenAndFamilyAreFurtherGivenNames() {
        assertEquals(new Clinician.NameParts("Hughes", "Siân", "Mair", ""), parts("Siân Mair Hughes"));
    }

    @Test
    void aParticleStaysWithTheFamilyName() {
        assertEquals(new Clinician.NameParts("ap Gwyn", "Dafydd", "", "Mr"), parts("Mr Dafydd ap Gwyn"));
        assertEquals(new Clinician.NameParts("van der Berg", "Anna", "", "Dr"), parts("Dr Anna van der Berg"));
    }

    @Test
    void aSingleWordIsTheFamilyName() {
        assertEquals(new Clinician.NameParts("Pharmacy", "", "", ""), parts("Pharmacy"));
        assertEquals(new Clinician.NameParts("Jones", "", "", "Dr"), parts("Dr Jones"));
    }

    @Test
    void anAttendingDoctorKeepsThePasCodeAndThePartsAsSent() {
        Clinician doctor = Clinician.attending(new AttendingDoctor("C123", "ap Gwyn", "Rhian Mair", "Dr"));
        assertEquals("C123", doctor.id());
        assertEquals(new Clinician.NameParts("ap Gwyn", "Rhian Mair", "", "Dr"), doctor.name(), "not read again from a display name");
    }

    @Test
    void anAttendingDoctorKnownOnlyByNameHasAnEmptyIdentifier() {
        Clinician doctor = Clinician.attending(new AttendingDoctor(null, "Jones", "", ""));
        assertEquals("", doctor.id());
        assertEquals("Jones", doctor.name().family());
    }
}
