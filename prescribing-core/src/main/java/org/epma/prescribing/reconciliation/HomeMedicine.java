package org.epma.prescribing.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.formulary.UnitColumn;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;

/**
 * A medicine the patient took before this stay, as learnt from one source, and the prescriber's decision on it. A
 * medicine not in the formulary is kept by its name as written and has no product code: it is shown as not coded.
 */
@Entity
@Table(name = "home_medicine")
public class HomeMedicine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "stay_admission_id", nullable = false, updatable = false)
    private Long stayAdmissionId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private Long patientId;

    @Column(name = "product_code", updatable = false)
    private String productCode;

    @Column(name = "medicine_name", nullable = false, updatable = false)
    private String medicineName;

    @Column(nullable = false, updatable = false)
    private BigDecimal dose;

    @Column(name = "dose_unit", nullable = false, updatable = false)
    @Convert(converter = UnitColumn.class)
    private Unit doseUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Route route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Frequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private HomeMedicineSource source;

    @Column(updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected HomeMedicine() {
    }

    /** What was learnt of one medicine; {@code productCode} null for a medicine not in the formulary. */
    public record Taken(String productCode, String medicineName, BigDecimal dose, Unit doseUnit, Route route,
                        Frequency frequency, HomeMedicineSource source, String note) {
        public Taken {
            if (dose == null || dose.signum() <= 0) {
                throw new InvalidInputException("dose", ReconciliationSentence.GIVE_DOSE.with(), "Give the dose the patient takes, above zero.");
            }
            if (doseUnit == null) {
                throw new InvalidInputException("doseUnit", ReconciliationSentence.GIVE_DOSE_UNIT.with(), "Give the unit of the dose.");
            }
            if (route == null) {
                throw new InvalidInputException("route", ReconciliationSentence.GIVE_ROUTE.with(), "Give the route the medicine is taken by.");
            }
            if (frequency == null) {
                throw new InvalidInputException("frequency", ReconciliationSentence.GIVE_FREQUENCY.with(), "Give how often the medicine is taken.");
            }
            if (source == null) {
                throw new InvalidInputException("source", ReconciliationSentence.GIVE_SOURCE.with(),
                        "Say where this was learnt from: the patient, a carer, the GP record, their own supply or a previous discharge letter.");
            }
        }
    }

    HomeMedicine(String idempotencyKey, long stayAdmissionId, long patientId, Taken taken, String recordedBy, Instant recordedAt) {
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
        this.stayAdmissionId = stayAdmissionId;
        this.patientId = patientId;
        this.productCode = taken.productCode();
        this.medicineName = taken.medicineName();
        this.dose = taken.dose();
        this.doseUnit = taken.doseUnit();
        this.route = taken.route();
        this.frequency = taken.frequency();
        this.source = taken.source();
        this.note = taken.note();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** A decision as the prescriber gives it; {@code orderId} is the inpatient order a continue or change was made by. */
    public record Decided(Decision decision, String reason, LocalDate reviewDate, Long orderId) {
    }

    /**
     * The prescriber's decision. A withheld medicine is decided again at its review; any other decision is final (a
     * later change of mind is a change to the order it made, or a new order). {@code today} is the ward's date.
     */
    void decide(Decided decided, String by, Instant at, LocalDate today) {
        if (decided.decision() == null) {
            throw new InvalidInputException("decision", ReconciliationSentence.GIVE_DECISION.with(),
                    "Say whether the medicine is continued, changed, withheld or stopped.");
        }
        Decision chosen = decided.decision();
        if (decision != null && decision.isFinal()) {
            throw new ConflictException(ReconciliationSentence.ALREADY_DECIDED.with(decision.term(), decidedBy),
                    "This medicine was already decided (" + decision + ") by " + decidedBy + ".");
        }
        if (chosen.needsReason() && decided.reason() == null) {
            throw new InvalidInputException("reason", ReconciliationSentence.GIVE_REASON.with(chosen.term()),
                    "Give the reason the medicine is " + chosen.name().toLowerCase() + ".");
        }
        if (chosen.needsOrder() && decided.orderId() == null) {
            throw new InvalidInputException("orderId", ReconciliationSentence.GIVE_ORDER.with(chosen.term()),
                    "A medicine continued or changed is prescribed: sign its inpatient order, then record the decision with it.");
        }
        if (!chosen.needsOrder() && decided.orderId() != null) {
            throw new InvalidInputException("orderId", ReconciliationSentence.NO_ORDER_FOR.with(chosen.term()),
                    "A medicine withheld or stopped has no inpatient order.");
        }
        if (chosen == Decision.WITHHOLD) {
            if (decided.reviewDate() == null) {
                throw new InvalidInputException("reviewDate", ReconciliationSentence.GIVE_REVIEW_DATE.with(),
                        "Give the date the withheld medicine is to be reviewed.");
            }
            if (decided.reviewDate().isBefore(today)) {
                throw new InvalidInputException("reviewDate", ReconciliationSentence.REVIEW_DATE_PAST.with(decided.reviewDate().toString()),
                        "The review date " + decided.reviewDate() + " has passed: give today or a later date.");
            }
        } else if (decided.reviewDate() != null) {
            throw new InvalidInputException("reviewDate", ReconciliationSentence.GIVE_REVIEW_DATE.with(),
                    "Only a withheld medicine has a review date.");
        }
        this.decision = chosen;
        this.decisionReason = decided.reason();
        this.reviewDate = decided.reviewDate();
        this.orderId = decided.orderId();
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(at);
    }

    public boolean isUndecided() {
        return decision == null;
    }

    public boolean isCoded() {
        return productCode != null;
    }

    /** Whether the same request, repeated with its key, asked for this record. */
    boolean sameAs(long patientId, Taken taken, String by) {
        return this.patientId == patientId && recordedBy.equals(by) && medicineName.equals(taken.medicineName())
                && dose.compareTo(taken.dose()) == 0 && doseUnit == taken.doseUnit() && route == taken.route()
                && frequency == taken.frequency() && source == taken.source();
    }

    String auditState() {
        var json = AuditJson.object().add("patientId", patientId).add("stayAdmissionId", stayAdmissionId)
                .add("medicine", medicineName).add("productCode", productCode == null ? "" : productCode)
                .add("dose", dose.toPlainString()).add("doseUnit", doseUnit.symbol()).add("route", route.name())
                .add("frequency", frequency.name()).add("source", source.name()).add("recordedBy", recordedBy);
        if (note != null) json.add("note", note);
        if (decision != null) {
            json.add("decision", decision.name()).add("decidedBy", decidedBy).add("decidedAt", decidedAt.toString());
            if (decisionReason != null) json.add("reason", decisionReason);
            if (reviewDate != null) json.add("reviewDate", reviewDate.toString());
            if (orderId != null) json.add("orderId", orderId);
        }
        return json.build().toString();
    }

    public Long id() { return id; }
    public String idempotencyKey() { return idempotencyKey; }
    public Long stayAdmissionId() { return stayAdmissionId; }
    public Long patientId() { return patientId; }
    public String productCode() { return productCode; }
    public String medicineName() { return medicineName; }
    public BigDecimal dose() { return dose; }
    public Unit doseUnit() { return doseUnit; }
    public Route route() { return route; }
    public Frequency frequency() { return frequency; }
    public HomeMedicineSource source() { return source; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public Decision decision() { return decision; }
    public String decisionReason() { return decisionReason; }
    public LocalDate reviewDate() { return reviewDate; }
    public Long orderId() { return orderId; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
