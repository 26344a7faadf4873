package org.epma.prescribing.oxygen;

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
import java.util.Objects;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.refusal.InvalidInputException;

/**
 * A nurse's oxygen check on the chart: the saturation, the device and flow the patient was on, and where the saturation
 * fell against the order's target at that time.
 */
@Entity
@Table(name = "oxygen_check")
public class OxygenCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "oxygen_order_id", nullable = false)
    private Long oxygenOrderId;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Column(nullable = false)
    private int saturation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OxygenDevice device;

    @Column(name = "venturi_percent")
    private Integer venturiPercent;

    @Column(nullable = false, precision = 4, scale = 1)
    private BigDecimal flow;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SaturationTarget.Reading reading;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OxygenCheck() {
    }

    public OxygenCheck(OxygenOrder order, Integer saturation, OxygenDelivery delivery, BigDecimal flow, Instant checkedAt,
                       String recordedBy, Instant recordedAt) {
        if (saturation == null || saturation < 0 || saturation > 100) {
            throw new InvalidInputException("saturation", OxygenSentence.SATURATION_RANGE.with(),
                    "A saturation (SpO2) is a percentage from 0 to 100.");
        }
        OxygenDelivery.checkFlow("flow", flow);
        if (checkedAt.isAfter(recordedAt)) {
            throw new InvalidInputException("checkedAt", OxygenSentence.CHECKED_IN_FUTURE.with(),
                    "A check cannot be taken after it is recorded.");
        }
        this.oxygenOrderId = Objects.requireNonNull(order.id(), "order must be stored first");
        this.patientId = order.patientId();
        this.saturation = saturation;
        this.device = delivery.device();
        this.venturiPercent = delivery.venturiPercent();
        this.flow = flow;
        this.reading = order.target().read(saturation);
        this.checkedAt = checkedAt;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = recordedAt;
    }

    public String auditState() {
        var json = AuditJson.object()
                .add("oxygenOrderId", oxygenOrderId)
                .add("patientId", patientId)
                .add("saturation", saturation)
                .add("device", device.name())
                .add("flow", flow)
                .add("reading", reading.name())
                .add("checkedAt", checkedAt.toString());
        if (venturiPercent != null) {
            json.add("venturiPercent", venturiPercent);
        }
        return json.build().toString();
    }

    public Long id() { return id; }
    public Long oxygenOrderId() { return oxygenOrderId; }
    public Long patientId() { return patientId; }
    public int saturation() { return saturation; }
    public OxygenDevice device() { return device; }
    public Integer venturiPercent() { return venturiPercent; }
    public BigDecimal flow() { return flow; }
    public SaturationTarget.Reading reading() { return reading; }
    public Instant checkedAt() { return checkedAt; }
    public String recordedBy() { return recordedBy; }
}
