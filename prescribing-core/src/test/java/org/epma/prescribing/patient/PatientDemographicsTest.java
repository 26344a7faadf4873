package org.epma.prescribing.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

class PatientDemographicsTest {

    private static final LocalDate BORN = LocalDate.of(1948, 3, 2);

    private static Patient mair() {
        return new Patient(new HospitalNumber("H1234567"), new NhsNumber("9434765919"), "Mair", "Jones", BORN, Sex.FEMALE);
    }

    @Test
    void itemsNotMentionedKeepTheirStoredValues() {
        Patient patient = mair();
        patient.updateDemographics(FieldChange.keep(), FieldChange.keep(), FieldChange.replace("Evans"),
                FieldChange.keep(), FieldChange.keep());
        assertEquals(BORN, patient.dateOfBirth());
        assertEquals(Sex.FEMALE, patient.sex(), "nothing said about sex is not 'unknown'");
        assertEquals("Evans", patient.familyName());
        assertEquals("Mair", patient.givenName());
        assertEquals("9434765919", patient.nhsNumber().value());
    }

    @Test
    void removedSexBecomesUnknownAndRemovedNhsNumberIsGone() {
        Patient patient = mair();
        patient.updateDemographics(FieldChange.remove(), FieldChange.keep(), FieldChange.keep(), FieldChange.keep(),
                FieldChange.remove());
        assertEquals(Sex.UNKNOWN, patient.sex());
        assertNull(patient.nhsNumber());
    }

    @Test
    void removingTheDateOfBirthIsRefusedAndChangesNothing() {
        Patient patient = mair();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> patient.updateDemographics(
                FieldChange.keep(), FieldChange.keep(), FieldChange.keep(), FieldChange.remove(), FieldChange.replace(Sex.MALE)));
        assertEquals("dateOfBirth", refused.field());
        assertEquals(Sex.FEMALE, patient.sex(), "refused as a whole");
    }

    @Test
    void removingANameIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> mair().updateDemographics(
                FieldChange.keep(), FieldChange.remove(), FieldChange.keep(), FieldChange.keep(), FieldChange.keep()));
        assertEquals("givenName", refused.field());
    }

    @Test
    void aNewPatientWithoutADateOfBirthIsRefusedNamingTheField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () ->
                new Patient(new HospitalNumber("H1234568"), null, "Mair", "Jones", null, Sex.UNKNOWN));
        assertEquals("dateOfBirth", refused.field());
    }
}
