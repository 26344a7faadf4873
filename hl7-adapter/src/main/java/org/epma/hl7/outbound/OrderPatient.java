package org.epma.hl7.outbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Sex;

/**
 * The patient and their stay, as the dispensing system needs them to label and deliver.
 *
 * @param hospitalNumberAuthority who issued the hospital number (PID-3.4), e.g. the trust's PAS code
 * @param nhsNumber may be null: not every patient has one (overseas visitors, some newborns)
 * @param bed may be null while the patient waits for a bed
 * @param attending may be null
 * @param visitNumber may be null
 * @param admittedAt may be null
 */
public record OrderPatient(HospitalNumber hospitalNumber, String hospitalNumberAuthority, NhsNumber nhsNumber,
                           String familyName, String givenName, LocalDate birthDate, Sex sex,
                           String wardCode, String bed, Clinician attending, String visitNumber,
                           Instant admittedAt) {

    public OrderPatient {
        Objects.requireNonNull(hospitalNumber, "hospitalNumber");
        MessageHeader.requireText(hospitalNumberAuthority, "hospitalNumberAuthority");
        MessageHeader.requireText(familyName, "familyName");
        givenName = Objects.requireNonNullElse(givenName, "");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        // a patient on no ward (an outpatient, or admitted elsewhere) still has orders to dispense
        wardCode = wardCode == null || wardCode.isBlank() ? null : wardCode;
    }
}
