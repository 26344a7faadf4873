package org.epma.prescribing.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.refusal.InvalidInputException;

/** A weight, height or renal function result with the time it was measured. Later results add rows. */
@Entity
@Table(name = "patient_measurement")
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasurementKind kind;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal value;

    @Column(nullable = false)
    private String unit;

    @Column(name = "measured_at", nullable = false)
    private Instant measuredAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Measurement() {
    }

    public Measurement(Patient patient, MeasurementKind kind, BigDecimal value, Instant measuredAt,
                       String recordedBy, Instant recordedAt) {
        this.patientId = Objects.requireNonNull(patient.id(), "patient must be stored first");
        this.kind = Objects.requireNonNull(kind);
        if (value == null || value.signum() <= 0) {
            throw new InvalidInputException("value", PatientSentence.MEASUREMENT_MORE_THAN_ZERO.with(kind.term()), "A " + kind.name().toLowerCase() + " must be more than zero.");
        }
        if (measuredAt.isAfter(recordedAt)) {
            throw new InvalidInputException("measuredAt", PatientSentence.MEASURED_AFTER_RECORDED.with(), "A measurement cannot be taken after it is recorded.");
        }
        this.value = value;
        this.unit = kind.unit();
        this.measuredAt = measuredAt;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = recordedAt;
    }

    /** The latest renal function: whichever of the eGFR and the creatinine clearance was measured last (either may be null). */
    public static Measurement latestRenalFunction(Measurement egfr, Measurement creatinineClearance) {
        if (egfr == null || creatinineClearance == null) {
            return egfr == null ? creatinineClearance : egfr;
        }
        return egfr.measuredAt().isAfter(creatinineClearance.measuredAt()) ? egfr : creatinineClearance;
    }

    public String auditState() {
        return AuditJson.object()
                .add("patientId", patientId)
                .add("kind", kind.name())
                .add("value", value)
                .add("unit", unit)
                .add("measuredAt", measuredAt.toString())
                .build().toString();
    }

    public Long patientId() { return patientId; }
    public MeasurementKind kind() { return kind; }
    public BigDecimal value() { return value; }
    public String unit() { return unit; }
    public Instant measuredAt() { return measuredAt; }
}
