package org.epma.prescribing.infusion.running;

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
import java.time.LocalDate;
import java.util.Objects;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.infusion.DoseRate;
import org.epma.prescribing.infusion.DoseRateUnit;

/**
 * One thing that happened to a running infusion, as the nurse recorded it: which bag, the rate in force after it (none
 * while paused or stopped), the volume read off the pump, the scan of a bag put up, why, when it happened and when and by
 * whom it was recorded. Never changed (the table refuses updates and deletes).
 */
@Entity
@Table(name = "infusion_event")
public class InfusionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private Long patientId;

    @Column(name = "prescription_id", nullable = false, updatable = false)
    private Long prescriptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InfusionEventType event;

    @Column(name = "bag_number", nullable = false, updatable = false)
    private int bagNumber;

    @Column(name = "rate_ml_per_hour", updatable = false, precision = 14, scale = 4)
    private BigDecimal rateMlPerHour;

    @Column(name = "dose_rate", updatable = false, precision = 14, scale = 4)
    private BigDecimal doseRate;

    @Column(name = "dose_rate_unit", updatable = false)
    private String doseRateUnit;

    @Column(name = "bag_volume_ml", nullable = false, updatable = false, precision = 14, scale = 4)
    private BigDecimal bagVolumeMl;

    @Column(name = "volume_infused_ml", updatable = false, precision = 14, scale = 4)
    private BigDecimal volumeInfusedMl;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String gtin;

    @Column(updatable = false)
    private String batch;

    @Column(updatable = false)
    private LocalDate expiry;

    @Column(updatable = false)
    private String serial;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "late_reason", updatable = false)
    private String lateReason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    /** For a strike-through, the event it marks as made in error. */
    /** The second registered person who checked a bag put up, where the site or the law asks for one (V29). */
    @Column(name = "witnessed_by", updatable = false)
    private String witnessedBy;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    protected InfusionEvent() {
    }

    /** How a bag put up was identified: the product scan's GTIN and, where the barcode carries them, batch, expiry, serial. */
    public record BagScan(String gtin, String batch, LocalDate expiry, String serial) {
        public BagScan {
            Objects.requireNonNull(gtin, "gtin");
        }
    }

    /** Who recorded it and when, and when it happened (with the reason when that was more than a few minutes before). */
    public record Recording(String idempotencyKey, Instant occurredAt, String lateReason, Instant recordedAt, String recordedBy) {
        public Recording {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(recordedAt, "recordedAt");
            Objects.requireNonNull(recordedBy, "recordedBy");
        }
    }

    public InfusionEvent(long patientId, long prescriptionId, InfusionRun.Next next, BagScan scan, Recording recording) {
        this(patientId, prescriptionId, next, scan, null, recording);
    }

    /** {@code witnessedBy}: the confirmed second person who checked the bag put up; null where none is asked for. */
    public InfusionEvent(long patientId, long prescriptionId, InfusionRun.Next next, BagScan scan, String witnessedBy,
                         Recording recording) {
        if (witnessedBy != null && scan == null) {
            throw new IllegalArgumentException("only a bag put up is witnessed: " + next.event());
        }
        this.witnessedBy = witnessedBy;
        if (next.event().hangsABag() != (scan != null)) {
            throw new IllegalArgumentException("a bag put up is scanned, and only then: " + next.event());
        }
        this.patientId = patientId;
        this.prescriptionId = prescriptionId;
        this.event = next.event();
        this.bagNumber = next.bagNumber();
        if (next.rate() != null) {
            this.rateMlPerHour = next.rate().mlPerHour();
            if (next.rate().doseRate() != null) {
                this.doseRate = next.rate().doseRate().amount();
                this.doseRateUnit = next.rate().doseRate().unit().name();
            }
        }
        this.bagVolumeMl = next.bagVolumeMl();
        this.volumeInfusedMl = next.volumeInfusedMl();
        this.reason = next.reason();
        if (scan != null) {
            this.gtin = scan.gtin();
            this.batch = scan.batch();
            this.expiry = scan.expiry();
            this.serial = scan.serial();
        }
        this.idempotencyKey = recording.idempotencyKey();
        this.occurredAt = recording.occurredAt();
        this.lateReason = recording.lateReason();
        this.recordedAt = recording.recordedAt();
        this.recordedBy = recording.recordedBy();
    }

    /**
     * The correction that marks this event as made in error, with the nurse's reason: a new row (the event itself is never
     * changed), on the same bag, happening when it is recorded.
     */
    public InfusionEvent strikeThrough(String why, String key, Instant now, String by) {
        if (event == InfusionEventType.STRUCK_THROUGH) {
            throw new IllegalStateException("a correction is not struck through");
        }
        InfusionEvent correction = new InfusionEvent();
        correction.patientId = patientId;
        correction.prescriptionId = prescriptionId;
        correction.event = InfusionEventType.STRUCK_THROUGH;
        correction.bagNumber = bagNumber;
        correction.bagVolumeMl = bagVolumeMl;
        correction.reason = Objects.requireNonNull(why, "why");
        correction.correctsId = Objects.requireNonNull(id, "the event struck through is stored");
        correction.idempotencyKey = Objects.requireNonNull(key, "key");
        correction.occurredAt = now;
        correction.recordedAt = now;
        correction.recordedBy = Objects.requireNonNull(by, "by");
        return correction;
    }

    public Long id() { return id; }
    public Long correctsId() { return correctsId; }
    public String idempotencyKey() { return idempotencyKey; }
    public Long patientId() { return patientId; }
    public Long prescriptionId() { return prescriptionId; }
    public InfusionEventType event() { return event; }
    public int bagNumber() { return bagNumber; }
    public BigDecimal bagVolumeMl() { return bagVolumeMl; }
    public BigDecimal volumeInfusedMl() { return volumeInfusedMl; }
    public String reason() { return reason; }
    public String gtin() { return gtin; }
    public String batch() { return batch; }
    public LocalDate expiry() { return expiry; }
    public String serial() { return serial; }
    public Instant occurredAt() { return occurredAt; }
    public String lateReason() { return lateReason; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public String witnessedBy() { return witnessedBy; }

    /** The rate the pump runs at after this event; null while paused or stopped. */
    public RateSetting rate() {
        if (rateMlPerHour == null) {
            return null;
        }
        return new RateSetting(rateMlPerHour, doseRate == null ? null : new DoseRate(doseRate, DoseRateUnit.valueOf(doseRateUnit)));
    }

    public String auditState() {
        var json = AuditJson.object().add("prescriptionId", prescriptionId).add("event", event.name()).add("bag", bagNumber)
                .add("occurredAt", occurredAt.toString());
        if (rateMlPerHour != null) {
            json.add("rateMlPerHour", rateMlPerHour);
        }
        if (doseRate != null) {
            json.add("doseRate", doseRate).add("doseRateUnit", doseRateUnit);
        }
        if (volumeInfusedMl != null) {
            json.add("volumeInfusedMl", volumeInfusedMl);
        }
        if (reason != null) {
            json.add("reason", reason);
        }
        if (gtin != null) {
            json.add("gtin", gtin);
        }
        if (batch != null) {
            json.add("batch", batch);
        }
        if (lateReason != null) {
            json.add("lateReason", lateReason);
        }
        if (witnessedBy != null) {
            json.add("witnessedBy", witnessedBy);
        }
        if (correctsId != null) {
            json.add("correctsId", correctsId);
        }
        return json.build().toString();
    }
}
