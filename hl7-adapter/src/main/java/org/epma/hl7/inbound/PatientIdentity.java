package org.epma.hl7.inbound;

import java.time.LocalDate;
import java.util.Objects;

import org.epma.prescribing.patient.FieldChange;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Sex;
import org.epma.prescribing.staff.Language;

/**
 * The patient as the PID segment names them. Apart from the hospital number, each item is what the message says
 * about it: an empty field is {@link FieldChange.Keep} (nothing said), the HL7 null {@code ""} is
 * {@link FieldChange.Remove}, and a value is {@link FieldChange.Replace}. The language (PID-15) is the one the patient
 * reads their own papers in; a language other than English or Welsh is kept as nothing said, as no paper is printed in it.
 */
public record PatientIdentity(HospitalNumber hospitalNumber, FieldChange<NhsNumber> nhsNumber,
                              FieldChange<String> familyName, FieldChange<String> givenName,
                              FieldChange<LocalDate> birthDate, FieldChange<Sex> sex, FieldChange<Language> language) {

    public PatientIdentity {
        Objects.requireNonNull(hospitalNumber, "hospitalNumber");
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(language, "language");
    }
}
