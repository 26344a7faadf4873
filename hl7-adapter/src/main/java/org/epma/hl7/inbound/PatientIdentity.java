package org.epma.hl7.inbound;

import java.time.LocalDate;
import java.util.Objects;

import org.epma.prescribing.patient.FieldChange;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Sex;

/**
 * The patient as the PID segment names them. Apart from the hospital number, each item is what the message says
 * about it: an empty field is {@link FieldChange.Keep} (nothing said), the HL7 null {@code ""} is
 * {@link FieldChange.Remove}, and a value is {@link FieldChange.Replace}.
 */
public record PatientIdentity(HospitalNumber hospitalNumber, FieldChange<NhsNumber> nhsNumber,
                              FieldChange<String> familyName, FieldChange<String> givenName,
                              FieldChange<LocalDate> birthDate, FieldChange<Sex> sex) {

    public PatientIdentity {
        Objects.requireNonNull(hospitalNumber, "hospitalNumber");
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
    }
}
