package org.epma.prescribing.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.refusal.ConflictException;

/**
 * The pharmacy's completion of a stay's medicines reconciliation. Completion needs every medicine on the list decided;
 * a medicine learnt of later opens it again, as the list it vouched for has changed.
 */
@Entity
@Table(name = "medicines_reconciliation")
public class Reconciliation {

    @Id
    @Column(name = "stay_admission_id")
    private Long stayAdmissionId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private Long patientId;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Reconciliation() {
    }

    Reconciliation(long stayAdmissionId, long patientId) {
        this.stayAdmissionId = stayAdmissionId;
        this.patientId = patientId;
    }

    /** Completed by a pharmacist now; refused while {@code undecided} medicines wait for a prescriber, or when done already. */
    void complete(long undecided, String by, Instant at) {
        if (completedAt != null) {
            throw new ConflictException(ReconciliationSentence.ALREADY_COMPLETED.with(completedBy),
                    "This reconciliation was already completed by " + completedBy + ".");
        }
        if (undecided > 0) {
            throw new ConflictException(ReconciliationSentence.UNDECIDED.with(undecided),
                    undecided + " medicine(s) taken before admission have no prescriber's decision yet: the reconciliation"
                    + " is completed when every one is decided.");
        }
        this.completedBy = Objects.requireNonNull(by);
        this.completedAt = Objects.requireNonNull(at);
    }

    /** A medicine was added to the list after completion: the completion no longer covers the whole list. */
    boolean reopen() {
        if (completedAt == null) {
            return false;
        }
        completedBy = null;
        completedAt = null;
        return true;
    }

    String auditState() {
        var json = AuditJson.object().add("patientId", patientId).add("stayAdmissionId", stayAdmissionId);
        if (completedAt != null) {
            json.add("completedBy", completedBy).add("completedAt", completedAt.toString());
        }
        return json.build().toString();
    }

    public Long stayAdmissionId() { return stayAdmissionId; }
    public Long patientId() { return patientId; }
    public String completedBy() { return completedBy; }
    public Instant completedAt() { return completedAt; }
}
