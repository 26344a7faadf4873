package org.epma.prescribing.ward;

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
import java.util.Optional;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.refusal.InvalidInputException;

/** A patient's stay on a ward, in a bed, from admission until discharge. */
@Entity
@Table(name = "admission")
public class Admission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Column(name = "ward_code", nullable = false)
    private String wardCode;

    @Column(name = "bed_id")
    private Long bedId;

    @Column(name = "admitted_at", nullable = false)
    private Instant admittedAt;

    @Column(name = "discharged_at")
    private Instant dischargedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private StayEnd endReason;

    // the four parts of AttendingDoctor; all null when none is recorded
    @Column(name = "attending_doctor_id")
    private String attendingDoctorId;

    @Column(name = "attending_doctor_family_name")
    private String attendingDoctorFamilyName;

    @Column(name = "attending_doctor_given_name")
    private String attendingDoctorGivenName;

    @Column(name = "attending_doctor_prefix")
    private String attendingDoctorPrefix;

    @Version
    private long version;

    protected Admission() {
    }

    public Admission(Patient patient, Ward ward, Bed bed, Instant admittedAt) {
        this.patientId = Objects.requireNonNull(patient.id(), "patient must be stored first");
        this.wardCode = ward.code();
        if (bed != null && !bed.wardCode().equals(ward.code())) {
            throw new InvalidInputException("bed", WardSentence.BED_NOT_ON_WARD.with(bed.label(), ward.code()), "Bed " + bed.label() + " is not on ward " + ward.code() + ".");
        }
        this.bedId = bed == null ? null : bed.id();
        this.admittedAt = Objects.requireNonNull(admittedAt);
    }

    public void discharge(Instant at) {
        end(at, StayEnd.DISCHARGED);
    }

    /** Ends this stay: the patient went home, moved to another ward or bed, or the admission was entered in error. */
    public void end(Instant at, StayEnd reason) {
        if (dischargedAt != null) {
            throw new InvalidInputException("dischargedAt", WardSentence.ALREADY_ENDED.with(), "This admission has already ended.");
        }
        if (at.isBefore(admittedAt)) {
            throw new InvalidInputException("dischargedAt", WardSentence.DISCHARGE_BEFORE_ADMISSION.with(), "A discharge cannot be before the admission.");
        }
        dischargedAt = at;
        endReason = reason;
    }

    /** The patient administration system named the doctor now responsible for this stay. */
    public void assignAttendingDoctor(AttendingDoctor doctor) {
        Objects.requireNonNull(doctor, "doctor");
        requireCurrent();
        attendingDoctorId = orNull(doctor.id());
        attendingDoctorFamilyName = orNull(doctor.familyName());
        attendingDoctorGivenName = orNull(doctor.givenName());
        attendingDoctorPrefix = orNull(doctor.prefix());
    }

    /** The patient administration system no longer names a doctor for this stay. */
    public void clearAttendingDoctor() {
        requireCurrent();
        attendingDoctorId = null;
        attendingDoctorFamilyName = null;
        attendingDoctorGivenName = null;
        attendingDoctorPrefix = null;
    }

    /** Who was responsible is part of the stay's history: it changes only while the stay goes on. */
    private void requireCurrent() {
        if (dischargedAt != null) {
            throw new InvalidInputException("attendingDoctor", WardSentence.ATTENDING_DOCTOR_FIXED.with(),
                    "This admission has ended: its attending doctor cannot change.");
        }
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    public Optional<AttendingDoctor> attendingDoctor() {
        if (attendingDoctorId == null && attendingDoctorFamilyName == null && attendingDoctorGivenName == null) {
            return Optional.empty();
        }
        return Optional.of(new AttendingDoctor(attendingDoctorId, attendingDoctorFamilyName, attendingDoctorGivenName,
                attendingDoctorPrefix));
    }

    public String auditState() {
        return AuditJson.object()
                .add("patientId", patientId).add("wardCode", wardCode)
                .add("bedId", bedId == null ? "" : bedId.toString())
                .add("admittedAt", admittedAt.toString())
                .add("dischargedAt", dischargedAt == null ? "" : dischargedAt.toString())
                .add("endReason", endReason == null ? "" : endReason.name())
                .add("attendingDoctor", attendingDoctor().map(Admission::auditText).orElse(""))
                .build().toString();
    }

    /** As an XCN reads: code^family^given^^^prefix, so the parts stay apart in the audit. */
    private static String auditText(AttendingDoctor doctor) {
        return doctor.id() + "^" + doctor.familyName() + "^" + doctor.givenName() + "^^^" + doctor.prefix();
    }

    public Long id() { return id; }
    public Long patientId() { return patientId; }
    public String wardCode() { return wardCode; }
    public Long bedId() { return bedId; }
    public Instant admittedAt() { return admittedAt; }
    public boolean isCurrent() { return dischargedAt == null; }
    public Instant dischargedAt() { return dischargedAt; }
    public StayEnd endReason() { return endReason; }
}
