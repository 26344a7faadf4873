package org.epma.prescribing.glucose;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.refusal.InvalidInputException;

/** A bedside capillary blood glucose, with blood ketones when measured, both in mmol/L. */
@Entity
@Table(name = "glucose_reading")
public class GlucoseReading {

    /** Above what a bedside ketone meter reports; beyond it the number is a typing error. */
    static final BigDecimal KETONES_READABLE_LIMIT = new BigDecimal("10");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal glucose;

    @Column(precision = 4, scale = 1)
    private BigDecimal ketones;

    @Column(name = "measured_at", nullable = false)
    private Instant measuredAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected GlucoseReading() {
    }

    public GlucoseReading(long patientId, BigDecimal glucose, BigDecimal ketones, Instant measuredAt, String recordedBy,
                          Instant recordedAt) {
        if (glucose == null) {
            throw new InvalidInputException("glucose", GlucoseSentence.GLUCOSE_NEEDED.with(), "Give the blood glucose in mmol/L.");
        }
        if (glucose.signum() < 0 || glucose.compareTo(new BigDecimal("100")) > 0 || glucose.stripTrailingZeros().scale() > 1) {
            throw new InvalidInputException("glucose", GlucoseSentence.GLUCOSE_RANGE.with(),
                    "A blood glucose is from 0 to 100 mmol/L, to one decimal place.");
        }
        if (ketones != null && (ketones.signum() < 0 || ketones.compareTo(KETONES_READABLE_LIMIT) > 0
                || ketones.stripTrailingZeros().scale() > 1)) {
            throw new InvalidInputException("ketones", GlucoseSentence.KETONES_RANGE.with(),
                    "Blood ketones are from 0 to 10 mmol/L, to one decimal place.");
        }
        if (measuredAt.isAfter(recordedAt)) {
            throw new InvalidInputException("measuredAt", GlucoseSentence.MEASURED_IN_FUTURE.with(),
                    "A reading cannot be taken after it is recorded.");
        }
        this.patientId = patientId;
        this.glucose = glucose;
        this.ketones = ketones;
        this.measuredAt = measuredAt;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = recordedAt;
    }

    /** JBDS: below 4.0 mmol/L is hypoglycaemia, with or without symptoms. */
    public boolean hypoglycaemic() {
        return new BloodGlucose(glucose).hypoglycaemic();
    }

    public String auditState() {
        var json = AuditJson.object()
                .add("patientId", patientId)
                .add("glucose", glucose)
                .add("measuredAt", measuredAt.toString());
        if (ketones != null) {
            json.add("ketones", ketones);
        }
        return json.build().toString();
    }

    public Long id() { return id; }
    public Long patientId() { return patientId; }
    public BigDecimal glucose() { return glucose; }
    public BigDecimal ketones() { return ketones; }
    public Instant measuredAt() { return measuredAt; }
    public String recordedBy() { return recordedBy; }
}
