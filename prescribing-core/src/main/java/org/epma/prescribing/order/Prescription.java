package org.epma.prescribing.order;

import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.checks.OrderLine;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.formulary.UnitColumn;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.insulin.CorrectionScale;
import org.epma.prescribing.refusal.Duty;
import org.epma.prescribing.refusal.DutyRefusedException;
import org.epma.prescribing.refusal.Text;

/**
 * One version of a medicine order. It is never edited: a change makes a new version ({@link #amend}) that
 * supersedes this one when signed, and stopping an order records who, when and why.
 */
@Entity
@Table(name = "prescription")
public class Prescription {

    @Id
    private Long id;

    @Column(name = "lineage_id", nullable = false)
    private Long lineageId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "supersedes_id")
    private Long supersedesId;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PrescriptionStatus status;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(nullable = false, precision = 14, scale = 4)
    private BigDecimal dose;

    @Column(name = "dose_up_to", precision = 14, scale = 4)
    private BigDecimal doseUpTo;

    @Column(name = "dose_unit", nullable = false)
    @Convert(converter = UnitColumn.class)
    private Unit doseUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Route route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency;

    @Column(name = "prn_reason")
    private String prnReason;

    @Column(name = "prn_min_interval_hours", precision = 6, scale = 2)
    private BigDecimal prnMinIntervalHours;

    @Column(name = "prn_max_per_24h")
    private Integer prnMaxPer24h;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at")
    private Instant endAt;

    private String indication;

    @Column(name = "review_at")
    private Instant reviewAt;

    private String instructions;

    /** The prescriber of record: the drafter until the order is signed, then the signer. */
    @Column(name = "prescribed_by", nullable = false)
    private String prescribedBy;

    @Column(name = "drafted_by", nullable = false, updatable = false)
    private String draftedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "formulary_version")
    private String formularyVersion;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_changed_by")
    private String statusChangedBy;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    /** A correction scale as {@link CorrectionScale#stored()} writes it; null for every other order. */
    @Column(name = "correction_scale", updatable = false)
    private String correctionScale;

    /**
     * The patient group direction or homely remedy a nurse started this once-only order under (package pgd keeps which);
     * null for a prescriber's order.
     */
    @Column(name = "direction_id", updatable = false)
    private String directionId;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Prescription() {
    }

    private Prescription(long id, long lineageId, int versionNo, Long supersedesId, long patientId, ValidOrder order,
                         String prescriber, Instant now) {
        this.id = id;
        this.lineageId = lineageId;
        this.versionNo = versionNo;
        this.supersedesId = supersedesId;
        this.patientId = patientId;
        this.status = PrescriptionStatus.DRAFT;
        this.productCode = order.product().code();
        this.dose = order.dose().amount();
        this.doseUpTo = order.dose().upTo();
        this.doseUnit = order.dose().unit();
        this.route = order.route();
        this.frequency = order.frequency();
        if (order.prn() != null) {
            this.prnReason = order.prn().reason();
            this.prnMinIntervalHours = order.prn().minIntervalHours();
            this.prnMaxPer24h = order.prn().maxPer24h();
        }
        this.startAt = order.start();
        this.endAt = order.end();
        this.indication = order.indication();
        this.reviewAt = order.reviewAt();
        this.instructions = order.instructions();
        this.correctionScale = order.correction() == null ? null : order.correction().stored();
        this.prescribedBy = Objects.requireNonNull(prescriber);
        this.draftedBy = prescriber;
        this.createdAt = now;
    }

    /** A new order, first version, not yet signed. {@code id} comes from the prescription sequence. */
    public static Prescription draft(long id, long patientId, ValidOrder order, String prescriber, Instant now) {
        return new Prescription(id, id, 1, null, patientId, order, prescriber, now);
    }

    /**
     * A change: the next version, a draft until signed; this version stays in force until then. Changing a
     * draft makes a new draft that replaces the version the first draft was replacing (the caller discards
     * the old draft).
     */
    public Prescription amend(long newId, ValidOrder order, String prescriber, Instant now) {
        if (status == PrescriptionStatus.DRAFT) {
            requireDrafter(prescriber);
            return new Prescription(newId, lineageId, versionNo + 1, supersedesId, patientId, order, prescriber, now);
        }
        if (!status.isCurrent()) {
            throw new ConflictException(OrderSentence.ONLY_CURRENT_CHANGED.with(status.term()),
                    "Only a current order can be changed; this one is " + words(status) + ".");
        }
        return new Prescription(newId, lineageId, versionNo + 1, id, patientId, order, prescriber, now);
    }

    /**
     * Signing sends the order to pharmacy; the checks it was signed against are kept beside it. Any prescriber may sign
     * a draft (a junior's, a pharmacist prescriber's): the signer takes responsibility for it and becomes the
     * prescriber of record, while the drafter stays recorded.
     */
    public void sign(String signer, String formularyVersion, Instant now) {
        requireStatus(EnumSet.of(PrescriptionStatus.DRAFT), OrderSentence.CANNOT_SIGN, "signed");
        this.prescribedBy = Objects.requireNonNull(signer);
        this.status = PrescriptionStatus.PENDING_VERIFICATION;
        this.signedAt = now;
        this.formularyVersion = formularyVersion;
    }

    /**
     * Marks a new draft as started under a patient group direction or as a homely remedy: it is given before pharmacy
     * verifies it, as the direction or the homely remedies protocol is the organisation's authority to give it
     * (package pgd).
     */
    public void startUnderDirection(String directionId) {
        requireStatus(EnumSet.of(PrescriptionStatus.DRAFT), OrderSentence.CANNOT_SIGN, "signed");
        this.directionId = Objects.requireNonNull(directionId);
    }

    /** This version has been replaced by a newer signed one. */
    void supersede(String by, Instant at) {
        change(PrescriptionStatus.SUPERSEDED, "replaced by a new version", by, at);
    }

    public void suspend(String reason, String by, Instant at) {
        requireStatus(EnumSet.of(PrescriptionStatus.PENDING_VERIFICATION, PrescriptionStatus.VERIFIED), OrderSentence.CANNOT_SUSPEND,
                "suspended");
        change(PrescriptionStatus.SUSPENDED, requireReason(reason, OrderSentence.SUSPEND_REASON_NEEDED, "suspending"), by, at);
    }

    public void resume(String reason, String by, Instant at) {
        requireStatus(EnumSet.of(PrescriptionStatus.SUSPENDED), OrderSentence.CANNOT_RESUME, "resumed");
        change(verifiedAt != null ? PrescriptionStatus.VERIFIED : PrescriptionStatus.PENDING_VERIFICATION,
                Objects.requireNonNullElse(Text.optional("reason", reason, 500), "resumed"), by, at);
    }

    public void discontinue(String reason, String by, Instant at) {
        requireStatus(PrescriptionStatus.CURRENT, OrderSentence.CANNOT_STOP, "stopped");
        change(PrescriptionStatus.DISCONTINUED, requireReason(reason, OrderSentence.STOP_REASON_NEEDED, "stopping"), by, at);
    }

    /** The order has run its course (its end has passed, or its single dose was given): it is no longer current. */
    public void complete(String reason, String by, Instant at) {
        requireStatus(PrescriptionStatus.CURRENT, OrderSentence.CANNOT_COMPLETE, "completed");
        change(PrescriptionStatus.COMPLETED, reason, by, at);
    }

    /** Whether the order's planned end has come by {@code now}. */
    public boolean endedBy(Instant now) {
        return endAt != null && !endAt.isAfter(now);
    }

    /** A pharmacist has checked the order and it may be dispensed and given; never the one who drafted or signed it. */
    public void verify(String by, Instant at) {
        requireStatus(EnumSet.of(PrescriptionStatus.PENDING_VERIFICATION), OrderSentence.CANNOT_VERIFY, "verified");
        if (prescribedOrDraftedBy(by)) {
            throw new DutyRefusedException(Duty.OWN_ORDER_VERIFICATION, "You " + (by.equals(prescribedBy) ? "signed" : "drafted")
                    + " this order, so another pharmacist verifies it: verification is a second person's check.");
        }
        this.status = PrescriptionStatus.VERIFIED;
        this.verifiedBy = Objects.requireNonNull(by);
        this.verifiedAt = Objects.requireNonNull(at);
    }

    /** A pharmacist sends the order back to the prescriber with a reason the prescriber sees. */
    public void reject(String reason, String by, Instant at) {
        requireStatus(EnumSet.of(PrescriptionStatus.PENDING_VERIFICATION), OrderSentence.CANNOT_REJECT, "rejected");
        change(PrescriptionStatus.REJECTED, requireReason(reason, OrderSentence.REJECT_REASON_NEEDED, "rejecting"), by, at);
    }

    /** Only the drafter discards a draft: it is their unfinished work, which a colleague may sign but not throw away. */
    public void discard(String by, Instant at) {
        requireStatus(EnumSet.of(PrescriptionStatus.DRAFT), OrderSentence.CANNOT_DISCARD, "discarded");
        requireDrafter(by);
        change(PrescriptionStatus.DISCARDED, "draft discarded", by, at);
    }

    private void change(PrescriptionStatus to, String reason, String by, Instant at) {
        this.status = to;
        this.statusReason = reason;
        this.statusChangedBy = by;
        this.statusChangedAt = at;
    }

    /** Whether this person drafted or signed this version of the order. */
    public boolean prescribedOrDraftedBy(String username) {
        return username.equals(draftedBy) || signedAt != null && username.equals(prescribedBy);
    }

    private void requireDrafter(String by) {
        if (!draftedBy.equals(by)) {
            throw new DutyRefusedException(Duty.OTHERS_DRAFT, "This draft is " + draftedBy + "'s: any prescriber may sign it,"
                    + " but only " + draftedBy + " changes or discards it.");
        }
    }

    private void requireStatus(Set<PrescriptionStatus> allowed, OrderSentence refusal, String verb) {
        if (!allowed.contains(status)) {
            throw new ConflictException(refusal.with(status.term()), "This order is " + words(status) + " and cannot be " + verb + ".");
        }
    }

    private static String requireReason(String reason, OrderSentence whenMissing, String doing) {
        return Text.required("reason", reason, 500, whenMissing.with(), "Give the reason for " + doing + " the order.");
    }

    private static String words(PrescriptionStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }

    /**
     * The order as the checks read it; every version of one order shares a reference. A weekly order's day is read in
     * the wards' default zone (every ward shipped keeps it).
     */
    public OrderLine line(Formulary formulary) {
        return order(formulary).line(reference(), DoseSchedule.DEFAULT_ZONE);
    }

    public String reference() {
        return REFERENCE_PREFIX + lineageId;
    }

    private static final String REFERENCE_PREFIX = "order-";

    /** The lineage a {@link #reference()} names. */
    public static long lineageOf(String reference) {
        if (!reference.startsWith(REFERENCE_PREFIX)) {
            throw new IllegalArgumentException("not an order reference: " + reference);
        }
        return Long.parseLong(reference.substring(REFERENCE_PREFIX.length()));
    }

    public ValidOrder order(Formulary formulary) {
        Product product = formulary.product(productCode).orElseThrow(() ->
                new IllegalStateException("order " + id + " names product " + productCode + ", which the formulary no longer has"));
        return new ValidOrder(product, prescribedDose(), route, frequency,
                prnMaxPer24h == null ? null : new ValidOrder.PrnLimits(prnReason, prnMinIntervalHours, prnMaxPer24h),
                startAt, endAt, indication, reviewAt, instructions, correctionScale());
    }

    public boolean reviewDueAt(Instant now) {
        return reviewAt != null && status.isCurrent() && !reviewAt.isAfter(now);
    }

    public String auditState() {
        JsonObjectBuilder json = AuditJson.object()
                .add("lineageId", lineageId).add("version", versionNo).add("patientId", patientId).add("status", status.name())
                .add("product", productCode).add("dose", dose).add("doseUnit", doseUnit.symbol()).add("route", route.name())
                .add("frequency", frequency.name()).add("start", startAt.toString())
                .add("draftedBy", draftedBy).add("prescribedBy", prescribedBy);
        if (doseUpTo != null) json.add("doseUpTo", doseUpTo);
        if (prnMaxPer24h != null) json.add("prnReason", prnReason).add("prnMinIntervalHours", prnMinIntervalHours)
                .add("prnMaxPer24h", prnMaxPer24h);
        if (endAt != null) json.add("end", endAt.toString());
        if (indication != null) json.add("indication", indication);
        if (reviewAt != null) json.add("reviewAt", reviewAt.toString());
        if (instructions != null) json.add("instructions", instructions);
        if (formularyVersion != null) json.add("formularyVersion", formularyVersion);
        if (statusReason != null) json.add("statusReason", statusReason);
        if (directionId != null) json.add("direction", directionId);
        if (correctionScale != null) json.add("correctionScale", correctionScale);
        return json.build().toString();
    }

    public Long id() { return id; }
    public Long lineageId() { return lineageId; }
    public int versionNo() { return versionNo; }
    public Long supersedesId() { return supersedesId; }
    public Long patientId() { return patientId; }
    public PrescriptionStatus status() { return status; }
    public String productCode() { return productCode; }
    public BigDecimal dose() { return dose; }
    public BigDecimal doseUpTo() { return doseUpTo; }
    /** The unit's symbol, as stored ("mg", "microgram"). */
    public String doseUnit() { return doseUnit.symbol(); }
    /** The dose or dose range as prescribed, in its unit. */
    public Dose prescribedDose() { return new Dose(dose, doseUpTo, doseUnit); }
    public Route route() { return route; }
    public Frequency frequency() { return frequency; }
    public String prnReason() { return prnReason; }
    public BigDecimal prnMinIntervalHours() { return prnMinIntervalHours; }
    public Integer prnMaxPer24h() { return prnMaxPer24h; }
    public Instant startAt() { return startAt; }
    public Instant endAt() { return endAt; }
    public String indication() { return indication; }
    public Instant reviewAt() { return reviewAt; }
    public String instructions() { return instructions; }
    public String prescribedBy() { return prescribedBy; }
    public String draftedBy() { return draftedBy; }
    public Instant createdAt() { return createdAt; }
    public Instant signedAt() { return signedAt; }
    public String formularyVersion() { return formularyVersion; }
    public String statusReason() { return statusReason; }
    public String statusChangedBy() { return statusChangedBy; }
    public Instant statusChangedAt() { return statusChangedAt; }
    public String verifiedBy() { return verifiedBy; }
    public Instant verifiedAt() { return verifiedAt; }
    public String directionId() { return directionId; }
    /** The order's insulin correction scale, or null. */
    public CorrectionScale correctionScale() { return correctionScale == null ? null : CorrectionScale.parse(correctionScale); }
}
