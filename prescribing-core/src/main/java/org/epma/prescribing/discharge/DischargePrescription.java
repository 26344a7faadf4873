package org.epma.prescribing.discharge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.Duty;
import org.epma.prescribing.refusal.DutyRefusedException;

/**
 * The medicines a patient takes home (a "TTO"): written by a prescriber from the current orders and the pre-admission
 * list, signed, then screened by a pharmacist who did not sign it before it is supplied. A pharmacist may return it to
 * the prescriber with a reason; it is then a draft again.
 */
@Entity
@Table(name = "discharge_prescription")
public class DischargePrescription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DischargeStatus status;

    /** Whether a pre-admission list existed when it was started: without one, the comparison cannot say what changed. */
    @Column(name = "before_list_recorded", nullable = false, updatable = false)
    private boolean beforeListRecorded;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "screened_by")
    private String screenedBy;

    @Column(name = "screened_at")
    private Instant screenedAt;

    @Column(name = "returned_reason")
    private String returnedReason;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected DischargePrescription() {
    }

    DischargePrescription(long patientId, boolean beforeListRecorded, String startedBy, Instant startedAt) {
        this.patientId = patientId;
        this.status = DischargeStatus.DRAFT;
        this.beforeListRecorded = beforeListRecorded;
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    void requireDraft() {
        if (status != DischargeStatus.DRAFT) {
            throw new ConflictException(DischargeSentence.NOT_A_DRAFT.with(status.term()),
                    "This discharge prescription is " + words(status) + ": only a draft is changed.");
        }
    }

    /** The prescriber signs once every medicine's change has its reason and every medicine going home its supply. */
    void sign(String by, Instant at) {
        requireDraft();
        this.status = DischargeStatus.AWAITING_SCREENING;
        this.signedBy = Objects.requireNonNull(by);
        this.signedAt = at;
        this.returnedReason = null;
    }

    /** A pharmacist who did not sign it has screened it: it may be supplied. */
    void screen(String by, Instant at) {
        requireAwaitingScreening();
        if (by.equals(signedBy)) {
            throw new DutyRefusedException(Duty.OWN_ORDER_VERIFICATION, "You signed this discharge prescription, so another"
                    + " pharmacist screens it: screening is a second person's check.");
        }
        this.status = DischargeStatus.SCREENED;
        this.screenedBy = by;
        this.screenedAt = at;
    }

    /** Back to the prescriber, with the pharmacist's reason for them to read. */
    void returnToPrescriber(String reason) {
        requireAwaitingScreening();
        this.status = DischargeStatus.DRAFT;
        this.returnedReason = Objects.requireNonNull(reason);
        this.signedBy = null;
        this.signedAt = null;
    }

    private void requireAwaitingScreening() {
        if (status != DischargeStatus.AWAITING_SCREENING) {
            throw new ConflictException(DischargeSentence.NOT_AWAITING_SCREENING.with(status.term()),
                    "This discharge prescription is " + words(status) + ", not waiting for screening.");
        }
    }

    private static String words(DischargeStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    String auditState() {
        var json = AuditJson.object().add("patientId", patientId).add("status", status.name())
                .add("beforeListRecorded", beforeListRecorded).add("startedBy", startedBy);
        if (signedBy != null) json.add("signedBy", signedBy);
        if (screenedBy != null) json.add("screenedBy", screenedBy);
        if (returnedReason != null) json.add("returnedReason", returnedReason);
        return json.build().toString();
    }

    public Long id() { return id; }
    public Long patientId() { return patientId; }
    public DischargeStatus status() { return status; }
    public boolean beforeListRecorded() { return beforeListRecorded; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public String signedBy() { return signedBy; }
    public Instant signedAt() { return signedAt; }
    public String screenedBy() { return screenedBy; }
    public Instant screenedAt() { return screenedAt; }
    public String returnedReason() { return returnedReason; }
}
