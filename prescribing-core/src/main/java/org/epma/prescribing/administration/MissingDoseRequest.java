package org.epma.prescribing.administration;

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
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.refusal.ConflictException;

/** A nurse's request to pharmacy for a dose that is not on the ward, and how far pharmacy has got with it. */
@Entity
@Table(name = "missing_dose_request")
public class MissingDoseRequest {

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

    @Column(name = "ward_code", updatable = false)
    private String wardCode;

    @Column(updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MissingDoseStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "update_note")
    private String updateNote;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected MissingDoseRequest() {
    }

    public MissingDoseRequest(String idempotencyKey, Prescription order, String wardCode, String note, String by, Instant at) {
        this.idempotencyKey = idempotencyKey;
        this.patientId = order.patientId();
        this.prescriptionId = order.id();
        this.lineageId = order.lineageId();
        this.wardCode = wardCode;
        this.note = note;
        this.status = MissingDoseStatus.REQUESTED;
        this.requestedBy = by;
        this.requestedAt = at;
    }

    public void moveTo(MissingDoseStatus to, String note, String by, Instant at) {
        if (!status.next().contains(to)) {
            throw new ConflictException(RecordSentence.REQUEST_CANNOT_BECOME.with(status.term(), to.term(),
                    updatedBy == null ? requestedBy : updatedBy), "This request is " + status.name().toLowerCase() + " and cannot become "
                    + to.name().toLowerCase() + " (last changed by " + (updatedBy == null ? requestedBy : updatedBy) + ").");
        }
        this.status = to;
        this.updateNote = note;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String auditState() {
        var json = AuditJson.object().add("patientId", patientId).add("prescriptionId", prescriptionId)
                .add("status", status.name());
        if (note != null) json.add("note", note);
        if (updateNote != null) json.add("updateNote", updateNote);
        return json.build().toString();
    }

    public Long id() { return id; }
    public String idempotencyKey() { return idempotencyKey; }
    public Long patientId() { return patientId; }
    public Long prescriptionId() { return prescriptionId; }
    public Long lineageId() { return lineageId; }
    public String wardCode() { return wardCode; }
    public String note() { return note; }
    public MissingDoseStatus status() { return status; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public String updateNote() { return updateNote; }
}
