package org.epma.prescribing.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.epma.prescribing.checks.Alert;
import org.epma.prescribing.checks.AlertCategory;
import org.epma.prescribing.checks.Severity;

/** An alert an order was signed with, with the prescriber's acknowledgement or override reason. */
@Entity
@Table(name = "prescription_alert")
public class PrescriptionAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "prescription_id", nullable = false)
    private Long prescriptionId;

    @Column(name = "alert_key", nullable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Column(nullable = false)
    private String message;

    private String rule;

    private String source;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "override_reason")
    private String overrideReason;

    protected PrescriptionAlert() {
    }

    PrescriptionAlert(Long prescriptionId, Alert alert, String acknowledgedBy, String overrideReason) {
        this.prescriptionId = prescriptionId;
        this.key = alert.key();
        this.category = alert.category();
        this.severity = alert.severity();
        this.message = alert.message();
        this.rule = alert.rule();
        this.source = alert.source();
        this.acknowledgedBy = acknowledgedBy;
        this.overrideReason = overrideReason;
    }

    public Alert alert() {
        return new Alert(category, severity, message, rule, source, key);
    }

    public Long prescriptionId() { return prescriptionId; }
    public String acknowledgedBy() { return acknowledgedBy; }
    public String overrideReason() { return overrideReason; }
}
