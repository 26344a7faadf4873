package org.epma.prescribing.vte;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where VTE risk assessments are kept, one per admission. */
public interface VteRecords {

    void add(VteAssessment assessment);

    Optional<VteAssessment> ofAdmission(long admissionId);

    /** A stay on a ward now with no assessment recorded, and the patient's date of birth (null when unknown). */
    record Unassessed(long patientId, Instant admittedAt, LocalDate dateOfBirth) {
    }

    /** The current stays on this ward that have no assessment, in one query whatever the ward's size. */
    List<Unassessed> unassessedOnWard(String wardCode);
}
