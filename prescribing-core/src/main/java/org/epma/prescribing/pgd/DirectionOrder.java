package org.epma.prescribing.pgd;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.Duty;
import org.epma.prescribing.refusal.DutyRefusedException;

/**
 * A once-only order a nurse started under a patient group direction or as a homely remedy, and the prescriber's review
 * of it. The order itself
 * is an ordinary {@link org.epma.prescribing.order.Prescription} (checked, charted, given with the five rights); this
 * keeps which direction or remedy (and its version) it followed, who started it, and by when a prescriber must look at it.
 */
@Entity
@Table(name = "direction_order")
public class DirectionOrder {

    @Id
    @Column(name = "prescription_id")
    private Long prescriptionId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private DirectionKind kind;

    @Column(name = "direction_id", nullable = false, updatable = false)
    private String directionId;

    @Column(name = "direction_version", nullable = false, updatable = false)
    private String directionVersion;

    @Column(name = "direction_title", nullable = false, updatable = false)
    private String directionTitle;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "review_due_at", nullable = false, updatable = false)
    private Instant reviewDueAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_note")
    private String reviewNote;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected DirectionOrder() {
    }

    DirectionOrder(String idempotencyKey, long prescriptionId, long patientId, Direction direction, String startedBy,
                   Instant startedAt) {
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
        this.prescriptionId = prescriptionId;
        this.patientId = patientId;
        this.kind = direction.kind();
        this.directionId = direction.id();
        this.directionVersion = direction.version();
        this.directionTitle = direction.title();
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = Objects.requireNonNull(startedAt);
        this.reviewDueAt = startedAt.plus(Duration.ofHours(direction.reviewWithinHours()));
    }

    /**
     * A prescriber has looked at the dose and the patient. Whoever started the dose does not review it, even when they
     * also prescribe: the review is a second person's look, as verification is.
     */
    void review(String by, String note, Instant at) {
        if (reviewedAt != null) {
            throw new ConflictException(DirectionSentence.ALREADY_REVIEWED.with(reviewedBy),
                    "This dose was already reviewed by " + reviewedBy + ".");
        }
        if (by.equals(startedBy)) {
            throw new DutyRefusedException(Duty.OWN_DIRECTION_REVIEW,
                    "You gave this dose yourself, so another prescriber reviews it.");
        }
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.reviewNote = note;
    }

    public boolean reviewOverdueAt(Instant now) {
        return reviewedAt == null && now.isAfter(reviewDueAt);
    }

    String auditState() {
        var json = AuditJson.object().add("kind", kind.name()).add("direction", directionId).add("directionVersion", directionVersion)
                .add("patientId", patientId).add("startedBy", startedBy).add("reviewDueAt", reviewDueAt.toString());
        if (reviewedAt != null) {
            json.add("reviewedBy", reviewedBy).add("reviewedAt", reviewedAt.toString());
            if (reviewNote != null) json.add("reviewNote", reviewNote);
        }
        return json.build().toString();
    }

    public Long prescriptionId() { return prescriptionId; }
    public String idempotencyKey() { return idempotencyKey; }
    public Long patientId() { return patientId; }
    public DirectionKind kind() { return kind; }
    public String directionId() { return directionId; }
    public String directionVersion() { return directionVersion; }
    public String directionTitle() { return directionTitle; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public Instant reviewDueAt() { return reviewDueAt; }
    public String reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public String reviewNote() { return reviewNote; }
}
