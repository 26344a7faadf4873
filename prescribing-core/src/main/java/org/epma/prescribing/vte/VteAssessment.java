package org.epma.prescribing.vte;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.epma.prescribing.audit.AuditJson;

/** One admission's VTE risk assessment and its outcome, by whom and when. One per admission. */
@Entity
@Table(name = "vte_assessment")
public class VteAssessment {

    /** The tool NICE NG89 names as an example; the site may use another published tool and say so in its training. */
    public static final String TOOL = "Department of Health VTE risk assessment tool";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Column(name = "admission_id", nullable = false)
    private Long admissionId;

    @Column(name = "thrombosis_risk", nullable = false)
    private boolean thrombosisRisk;

    @Column(name = "bleeding_risk", nullable = false)
    private boolean bleedingRisk;

    @Column(name = "prophylaxis_indicated", nullable = false)
    private boolean prophylaxisIndicated;

    @Column(nullable = false)
    private String tool;

    @Column(name = "assessed_by", nullable = false)
    private String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected VteAssessment() {
    }

    public VteAssessment(long patientId, long admissionId, boolean thrombosisRisk, boolean bleedingRisk,
                         boolean prophylaxisIndicated, String assessedBy, Instant assessedAt, Instant recordedAt) {
        this.patientId = patientId;
        this.admissionId = admissionId;
        this.thrombosisRisk = thrombosisRisk;
        this.bleedingRisk = bleedingRisk;
        this.prophylaxisIndicated = prophylaxisIndicated;
        this.tool = TOOL;
        this.assessedBy = Objects.requireNonNull(assessedBy);
        this.assessedAt = Objects.requireNonNull(assessedAt);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public String auditState() {
        return AuditJson.object()
                .add("patientId", patientId)
                .add("admissionId", admissionId)
                .add("thrombosisRisk", thrombosisRisk)
                .add("bleedingRisk", bleedingRisk)
                .add("prophylaxisIndicated", prophylaxisIndicated)
                .add("tool", tool)
                .add("assessedAt", assessedAt.toString())
                .build().toString();
    }

    public Long id() { return id; }
    public Long patientId() { return patientId; }
    public Long admissionId() { return admissionId; }
    public boolean thrombosisRisk() { return thrombosisRisk; }
    public boolean bleedingRisk() { return bleedingRisk; }
    public boolean prophylaxisIndicated() { return prophylaxisIndicated; }
    public String tool() { return tool; }
    public String assessedBy() { return assessedBy; }
    public Instant assessedAt() { return assessedAt; }
}
