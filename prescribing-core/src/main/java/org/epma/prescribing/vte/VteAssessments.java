package org.epma.prescribing.vte;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.time.HospitalZone;
import org.epma.prescribing.ward.Admission;
import org.epma.prescribing.ward.Admissions;
import org.epma.prescribing.ward.WardService;

/** Recording an admission's VTE risk assessment, and whether one is due. */
@ApplicationScoped
@Transactional
public class VteAssessments {

    /** Where a patient's assessment stands for their current stay; {@code assessment} empty until done. */
    public record Status(boolean due, boolean admitted, Optional<VteAssessment> assessment) {
    }

    private final VteRecords records;
    private final PatientRecords patients;
    private final Admissions admissions;
    private final WardService wards;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public VteAssessments(VteRecords records, PatientRecords patients, Admissions admissions, WardService wards, AuditTrail audit,
                          Clock clock) {
        this.records = records;
        this.patients = patients;
        this.admissions = admissions;
        this.wards = wards;
        this.audit = audit;
        this.clock = clock;
    }

    protected VteAssessments() {
        this(null, null, null, null, null, null);
    }

    public VteAssessment record(long patientId, Boolean thrombosisRisk, Boolean bleedingRisk, Boolean prophylaxisIndicated,
                                Instant assessedAt, Actor by) {
        patients.get(patientId);
        Admission stay = admissions.current(patientId).orElseThrow(() -> new ConflictException(VteSentence.NOT_ADMITTED.with(),
                "A VTE risk assessment belongs to an admission; the patient is not admitted."));
        answered("thrombosisRisk", thrombosisRisk);
        answered("bleedingRisk", bleedingRisk);
        answered("prophylaxisIndicated", prophylaxisIndicated);
        Instant now = clock.instant();
        Instant at = assessedAt == null ? now : assessedAt;
        if (at.isAfter(now)) {
            throw new InvalidInputException("assessedAt", VteSentence.ASSESSED_IN_FUTURE.with(),
                    "An assessment cannot be done after it is recorded.");
        }
        if (at.isBefore(stay.admittedAt())) {
            throw new InvalidInputException("assessedAt", VteSentence.BEFORE_ADMISSION.with(),
                    "This admission's assessment is done after the admission.");
        }
        Optional<VteAssessment> done = records.ofAdmission(stay.id());
        if (done.isPresent()) {
            throw new ConflictException(VteSentence.ALREADY_ASSESSED.with(done.get().assessedBy()),
                    "This admission's VTE risk assessment is already recorded by " + done.get().assessedBy() + ".");
        }
        VteAssessment assessment = new VteAssessment(patientId, stay.id(), thrombosisRisk, bleedingRisk, prophylaxisIndicated,
                by.username(), at, now);
        records.add(assessment);
        audit.record(by, AuditAction.CREATED, "VteAssessment", assessment.id(), null, assessment.auditState(), null);
        return assessment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Status status(long patientId) {
        Patient patient = patients.get(patientId);
        Optional<Admission> stay = admissions.current(patientId);
        Optional<VteAssessment> assessment = stay.flatMap(s -> records.ofAdmission(s.id()));
        return new Status(VteDue.due(patient.dateOfBirth(), today(), stay.isPresent(), assessment.isPresent()),
                stay.isPresent(), assessment);
    }

    /** The patients on a ward whose assessment is due, longest waiting first (for the ward's patient list). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VteRecords.Unassessed> dueOnWard(String wardCode) {
        wards.ward(wardCode); // an unknown ward is refused, not answered with nobody due
        LocalDate today = today();
        return records.unassessedOnWard(wardCode).stream()
                .filter(stay -> VteDue.due(stay.dateOfBirth(), today, true, false)).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(HospitalZone.ZONE));
    }

    private static void answered(String question, Boolean answer) {
        if (answer == null) {
            throw new InvalidInputException(question, VteSentence.ANSWER_NEEDED.with(question),
                    "Answer every question of the assessment: " + question + ".");
        }
    }
}
