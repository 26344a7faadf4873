package org.epma.prescribing.oxygen;

import jakarta.persistence.Column;
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
import java.util.Objects;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;

/**
 * Oxygen prescribed to a target saturation range with a device and a flow range (BTS 2017: oxygen is a drug, prescribed
 * to a target range). It is never edited: a new target is a new order, and the old one is stopped.
 */
@Entity
@Table(name = "oxygen_order")
public class OxygenOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Column(name = "target_lowest", nullable = false)
    private int targetLowest;

    @Column(name = "target_highest", nullable = false)
    private int targetHighest;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private SaturationTarget.Kind targetKind;

    @Column(name = "target_reason")
    private String targetReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OxygenDevice device;

    @Column(name = "venturi_percent")
    private Integer venturiPercent;

    @Column(name = "flow_lowest", nullable = false, precision = 4, scale = 1)
    private BigDecimal flowLowest;

    @Column(name = "flow_highest", nullable = false, precision = 4, scale = 1)
    private BigDecimal flowHighest;

    @Column(name = "prescribed_by", nullable = false)
    private String prescribedBy;

    @Column(name = "prescribed_at", nullable = false)
    private Instant prescribedAt;

    @Column(name = "stopped_by")
    private String stoppedBy;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected OxygenOrder() {
    }

    public OxygenOrder(long patientId, SaturationTarget target, OxygenDelivery delivery, BigDecimal flowLowest,
                       BigDecimal flowHighest, String prescribedBy, Instant prescribedAt) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(delivery, "delivery");
        OxygenDelivery.checkFlow("flowLowest", flowLowest);
        OxygenDelivery.checkFlow("flowHighest", flowHighest);
        if (flowLowest.compareTo(flowHighest) > 0) {
            throw new InvalidInputException("flowHighest", OxygenSentence.FLOW_RANGE.with(),
                    "The flow range runs from the lower to the higher flow.");
        }
        this.patientId = patientId;
        this.targetLowest = target.lowest();
        this.targetHighest = target.highest();
        this.targetKind = target.kind();
        this.targetReason = target.reason();
        this.device = delivery.device();
        this.venturiPercent = delivery.venturiPercent();
        this.flowLowest = flowLowest;
        this.flowHighest = flowHighest;
        this.prescribedBy = Objects.requireNonNull(prescribedBy);
        this.prescribedAt = Objects.requireNonNull(prescribedAt);
    }

    public void stop(String by, Instant at) {
        if (stoppedAt != null) {
            throw new ConflictException(OxygenSentence.STOPPED.with(), "This oxygen order is already stopped.");
        }
        this.stoppedBy = Objects.requireNonNull(by);
        this.stoppedAt = Objects.requireNonNull(at);
    }

    public boolean active() {
        return stoppedAt == null;
    }

    public SaturationTarget target() {
        return new SaturationTarget(targetLowest, targetHighest, targetKind, targetReason);
    }

    public OxygenDelivery delivery() {
        return new OxygenDelivery(device, venturiPercent);
    }

    public String auditState() {
        var json = AuditJson.object()
                .add("patientId", patientId)
                .add("target", target().display())
                .add("targetKind", targetKind.name())
                .add("device", device.name())
                .add("flowLowest", flowLowest)
                .add("flowHighest", flowHighest);
        if (targetReason != null) {
            json.add("targetReason", targetReason);
        }
        if (venturiPercent != null) {
            json.add("venturiPercent", venturiPercent);
        }
        if (stoppedAt != null) {
            json.add("stoppedBy", stoppedBy).add("stoppedAt", stoppedAt.toString());
        }
        return json.build().toString();
    }

    public Long id() { return id; }
    public Long patientId() { return patientId; }
    public BigDecimal flowLowest() { return flowLowest; }
    public BigDecimal flowHighest() { return flowHighest; }
    public String prescribedBy() { return prescribedBy; }
    public Instant prescribedAt() { return prescribedAt; }
    public String stoppedBy() { return stoppedBy; }
    public Instant stoppedAt() { return stoppedAt; }
}
