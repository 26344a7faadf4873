package org.epma.prescribing.ward;

import java.time.LocalDate;
import java.util.List;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.prescribing.patient.Measurement;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PregnancyStatus;
import org.epma.prescribing.patient.Sex;

/**
 * One line of a ward's patient list: where the patient is, who they are, and what a nurse or prescriber
 * must see at a glance (allergies, weight, renal function).
 */
public record WardPatient(long patientId, String bed, String hospitalNumber, String nhsNumber, String givenName,
                          String familyName, LocalDate dateOfBirth, int ageYears, Sex sex, AllergyStatus allergyStatus,
                          List<String> allergies, PregnancyStatus pregnancyStatus, Measurement weight,
                          Measurement renalFunction) {

    static WardPatient of(Patient patient, String bed, LocalDate today, List<String> allergies, Measurement weight,
                          Measurement renal) {
        return new WardPatient(patient.id(), bed, patient.hospitalNumber().value(),
                patient.nhsNumber() == null ? null : patient.nhsNumber().value(), patient.givenName(),
                patient.familyName(), patient.dateOfBirth(), patient.ageInYearsOn(today), patient.sex(),
                patient.allergyStatus(), List.copyOf(allergies), patient.pregnancyStatus(), weight, renal);
    }
}
