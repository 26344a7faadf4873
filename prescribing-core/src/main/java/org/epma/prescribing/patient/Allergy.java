package org.epma.prescribing.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.Text;

/** A recorded allergy or intolerance; a mistaken entry is marked entered in error, never deleted. */
@Entity
@Table(name = "allergy")
public class Allergy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Column(nullable = false)
    private String substance;

    @Column(nullable = false)
    private String reaction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AllergySeverity severity;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "entered_in_error_at")
    private Instant enteredInErrorAt;

    protected Allergy() {
    }

    /** Records the allergy and marks the patient as having known allergies. */
    public Allergy(Patient patient, String substance, String reaction, AllergySeverity severity,
                   String recordedBy, Instant recordedAt) {
        this.patientId = Objects.requireNonNull(patient.id(), "patient must be stored first");
        this.substance = Text.required("substance", substance, 120, PatientSentence.ALLERGY_SUBSTANCE_NEEDED.with(), "Name the substance the patient is allergic to.");
        String known = Text.optional("reaction", reaction, 200);
        this.reaction = known == null ? "Not known" : known;
        this.severity = severity == null ? AllergySeverity.UNKNOWN : severity;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        patient.recordKnownAllergy();
    }

    public String auditState() {
        return AuditJson.object()
                .add("patientId", patientId)
                .add("substance", substance)
                .add("reaction", reaction)
                .add("severity", severity.name())
                .build().toString();
    }

    public Long id() { return id; }
    public Long patientId() { return patientId; }
    public String substance() { return substance; }
    public String reaction() { return reaction; }
    public AllergySeverity severity() { return severity; }
    public Instant recordedAt() { return recordedAt; }
    public boolean isCurrent() { return enteredInErrorAt == null; }
}
