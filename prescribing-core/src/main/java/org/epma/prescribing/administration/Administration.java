package org.epma.prescribing.administration;

import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.Optional;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.formulary.UnitColumn;
import org.epma.prescribing.order.Prescription;

/**
 * One record on the administration chart: a dose given, a dose not given with its reason, or the striking-through
 * of an earlier record made in error. Records are never changed (the table refuses updates and deletes).
 */
@Entity
@Table(name = "administration")
public class Administration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private Long patientId;

    @Column(name = "prescription_id", nullable = false, updatable = false)
    private Long prescriptionId;

    @Column(name = "lineage_id", nullable = false, updatable = false)
    private Long lineageId;

    @Column(name = "scheduled_at", updatable = false)
    private Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_given_reason", updatable = false)
    private NotGivenReason notGivenReason;

    @Column(updatable = false)
    private String note;

    @Column(updatable = false, precision = 14, scale = 4)
    private BigDecimal dose;

    @Column(name = "dose_unit", updatable = false)
    @Convert(converter = UnitColumn.class)
    private Unit doseUnit;

    @Column(updatable = false, precision = 10, scale = 3)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Route route;

    @Column(updatable = false)
    private String site;

    @Column(name = "product_code", updatable = false)
    private String productCode;

    @Column(updatable = false)
    private String gtin;

    @Column(updatable = false)
    private String batch;

    @Column(updatable = false)
    private LocalDate expiry;

    @Column(updatable = false)
    private String serial;

    @Enumerated(EnumType.STRING)
    @Column(name = "identified_by", updatable = false)
    private Identification identifiedBy;

    @Column(name = "manual_reason", updatable = false)
    private String manualReason;

    @Column(name = "prn_reason", updatable = false)
    private String prnReason;

    /** Why a dose was recorded outside its window, or recorded afterwards (a late entry). */
    @Column(name = "timing_reason", updatable = false)
    private String timingReason;

    @Column(name = "administered_at", nullable = false, updatable = false)
    private Instant administeredAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "witnessed_by", updatable = false)
    private String witnessedBy;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    protected Administration() {
    }

    /** What was given: the amount, in the order's unit, and how many units of the product (two 500 mg tablets). */
    public record Given(BigDecimal dose, Unit unit, BigDecimal quantity, Route route, String site, String productCode,
                        String gtin, String batch, LocalDate expiry, String serial) {
        public Given {
            Objects.requireNonNull(dose, "dose");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(route, "route");
        }
    }

    /** How and when: identification, the reasons that go with it, and who. */
    public record Circumstances(String idempotencyKey, Identification identifiedBy, String manualReason, String timingReason,
                                Instant administeredAt, Instant recordedAt, String recordedBy, String witnessedBy) {
        public Circumstances {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(administeredAt, "administeredAt");
            Objects.requireNonNull(recordedAt, "recordedAt");
            Objects.requireNonNull(recordedBy, "recordedBy");
        }

        /** The same circumstances, witnessed by this person (null: not witnessed). */
        public Circumstances witnessedBy(String witness) {
            return new Circumstances(idempotencyKey, identifiedBy, manualReason, timingReason, administeredAt, recordedAt,
                    recordedBy, witness);
        }
    }

    public static Administration given(Prescription order, Instant scheduledAt, Given given, String prnReason, Circumstances how) {
        Administration a = new Administration(order, scheduledAt, Outcome.GIVEN, how);
        a.dose = given.dose();
        a.doseUnit = given.unit();
        a.quantity = given.quantity();
        a.route = given.route();
        a.site = given.site();
        a.productCode = given.productCode();
        a.gtin = given.gtin();
        a.batch = given.batch();
        a.expiry = given.expiry();
        a.serial = given.serial();
        a.prnReason = prnReason;
        return a;
    }

    public static Administration notGiven(Prescription order, Instant scheduledAt, NotGivenReason reason, String note,
                                          Circumstances how) {
        Administration a = new Administration(order, scheduledAt, Outcome.NOT_GIVEN, how);
        a.notGivenReason = Objects.requireNonNull(reason);
        a.note = note;
        return a;
    }

    /** A new record striking this one through; this one is left as it was. */
    public Administration strikeThrough(String reason, String idempotencyKey, Instant now, String by) {
        if (outcome == Outcome.IN_ERROR) {
            throw new IllegalStateException("a striking-through cannot itself be struck through");
        }
        Administration a = new Administration();
        a.idempotencyKey = idempotencyKey;
        a.patientId = patientId;
        a.prescriptionId = prescriptionId;
        a.lineageId = lineageId;
        a.scheduledAt = scheduledAt;
        a.outcome = Outcome.IN_ERROR;
        a.note = reason;
        a.administeredAt = now;
        a.recordedAt = now;
        a.recordedBy = by;
        a.correctsId = id;
        return a;
    }

    private Administration(Prescription order, Instant scheduledAt, Outcome outcome, Circumstances how) {
        this.idempotencyKey = how.idempotencyKey();
        this.patientId = order.patientId();
        this.prescriptionId = order.id();
        this.lineageId = order.lineageId();
        this.scheduledAt = scheduledAt;
        this.outcome = outcome;
        this.identifiedBy = how.identifiedBy();
        this.manualReason = how.manualReason();
        this.timingReason = how.timingReason();
        this.administeredAt = how.administeredAt();
        this.recordedAt = how.recordedAt();
        this.recordedBy = how.recordedBy();
        this.witnessedBy = how.witnessedBy();
    }

    public String auditState() {
        JsonObjectBuilder json = AuditJson.object().add("patientId", patientId).add("prescriptionId", prescriptionId)
                .add("outcome", outcome.name()).add("administeredAt", administeredAt.toString());
        if (scheduledAt != null) json.add("scheduledAt", scheduledAt.toString());
        if (notGivenReason != null) json.add("reason", notGivenReason.name());
        if (note != null) json.add("note", note);
        if (dose != null) json.add("dose", dose).add("doseUnit", doseUnit.symbol()).add("route", route.name());
        if (quantity != null) json.add("quantity", quantity);
        if (site != null) json.add("site", site);
        if (productCode != null) json.add("product", productCode);
        if (gtin != null) json.add("gtin", gtin);
        if (batch != null) json.add("batch", batch);
        if (expiry != null) json.add("expiry", expiry.toString());
        if (serial != null) json.add("serial", serial);
        if (identifiedBy != null) json.add("identifiedBy", identifiedBy.name());
        if (manualReason != null) json.add("manualReason", manualReason);
        if (prnReason != null) json.add("prnReason", prnReason);
        if (timingReason != null) json.add("timingReason", timingReason);
        if (witnessedBy != null) json.add("witnessedBy", witnessedBy);
        if (correctsId != null) json.add("corrects", correctsId);
        return json.build().toString();
    }

    public Long id() { return id; }
    public String idempotencyKey() { return idempotencyKey; }
    public Long patientId() { return patientId; }
    public Long prescriptionId() { return prescriptionId; }
    public Long lineageId() { return lineageId; }
    public Instant scheduledAt() { return scheduledAt; }
    public Outcome outcome() { return outcome; }
    public NotGivenReason notGivenReason() { return notGivenReason; }
    public String note() { return note; }
    public BigDecimal dose() { return dose; }
    /** The unit's symbol, as stored ("mg", "microgram"); null for a record of no dose given. */
    public String doseUnit() { return doseUnit == null ? null : doseUnit.symbol(); }
    /** The dose given, in its unit; empty for a dose not given and for a striking-through. */
    public Optional<Quantity> givenDose() { return dose == null ? Optional.empty() : Optional.of(new Quantity(dose, doseUnit)); }
    public BigDecimal quantity() { return quantity; }
    public Route route() { return route; }
    public String site() { return site; }
    public String productCode() { return productCode; }
    public String gtin() { return gtin; }
    public String batch() { return batch; }
    public LocalDate expiry() { return expiry; }
    public String serial() { return serial; }
    public Identification identifiedBy() { return identifiedBy; }
    public String manualReason() { return manualReason; }
    public String prnReason() { return prnReason; }
    public String timingReason() { return timingReason; }
    public Instant administeredAt() { return administeredAt; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public String witnessedBy() { return witnessedBy; }
    public Long correctsId() { return correctsId; }
}
