package org.epma.hl7.inbound;

import java.time.LocalDate;
import java.util.Objects;

import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Sex;

/**
 * The patient as the PID segment names them.
 *
 * @param nhsNumber null when the message has none
 * @param birthDate null when the message has none
 */
public record PatientIdentity(HospitalNumber hospitalNumber, NhsNumber nhsNumber, String familyName,
                              String givenName, LocalDate birthDate, Sex sex) {

    public PatientIdentity {
        Objects.requireNonNull(hospitalNumber, "hospitalNumber");
        familyName = Objects.requireNonNullElse(familyName, "");
        givenName = Objects.requireNonNullElse(givenName, "");
        Objects.requireNonNull(sex, "sex");
    }
}
