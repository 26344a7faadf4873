package org.epma.hl7.inbound;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.epma.prescribing.patient.FieldChange;
import org.epma.prescribing.ward.AttendingDoctor;

/**
 * One patient administration event.
 *
 * @param occurredAt EVN-6 (when it happened), else EVN-2 (when it was recorded), else MSH-7
 * @param location null when PV1-3 is empty or the message has no PV1 (A40)
 * @param attendingDoctor PV1-7: keep when the field is empty or the message has no PV1, remove for the HL7 null
 * @param priorHospitalNumber for A40 the hospital number merged away (MRG-1); null for other events
 * @param allergies the AL1 segments in order; empty when the message has none
 */
public record AdtEvent(AdtTrigger trigger, Instant occurredAt, PatientIdentity patient, WardLocation location,
                       FieldChange<AttendingDoctor> attendingDoctor, String priorHospitalNumber,
                       List<ReportedAllergy> allergies) {

    public AdtEvent {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(attendingDoctor, "attendingDoctor");
        allergies = List.copyOf(allergies);
    }
}
