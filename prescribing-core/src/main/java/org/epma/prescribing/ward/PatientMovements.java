package org.epma.prescribing.ward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.patient.FieldChange;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.patient.Sex;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.staff.Language;

/**
 * Where patients are: admissions, moves between wards and beds, discharges, their cancellations, new demographics
 * and merged duplicate records, whether a person records them on a ward or the hospital's ADT feed sends them.
 * A stay is never rewritten: a move ends one stay and opens the next.
 */
@ApplicationScoped
@Transactional
public class PatientMovements {

    private static final String ADMISSION = "Admission";

    private final PatientRecords patients;
    private final Admissions admissions;
    private final WardService wards;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * Who the patient is, as the patient administration system says: each item kept, replaced or removed. A new
     * patient takes the items given; sex not given is UNKNOWN, and names and date of birth are required.
     */
    public record Demographics(HospitalNumber hospitalNumber, FieldChange<NhsNumber> nhsNumber,
                               FieldChange<String> givenName, FieldChange<String> familyName,
                               FieldChange<LocalDate> dateOfBirth, FieldChange<Sex> sex, FieldChange<Language> language) {
        public Demographics {
            Objects.requireNonNull(hospitalNumber, "hospitalNumber");
            Objects.requireNonNull(nhsNumber, "nhsNumber");
            Objects.requireNonNull(givenName, "givenName");
            Objects.requireNonNull(familyName, "familyName");
            Objects.requireNonNull(dateOfBirth, "dateOfBirth");
            Objects.requireNonNull(sex, "sex");
            Objects.requireNonNull(language, "language");
        }
    }

    @Inject
    public PatientMovements(PatientRecords patients, Admissions admissions, WardService wards, AuditTrail audit,
                            Clock clock) {
        this.patients = patients;
        this.admissions = admissions;
        this.wards = wards;
        this.audit = audit;
        this.clock = clock;
    }

    protected PatientMovements() {
        this(null, null, null, null, null);
    }

    /** The patient with this hospital number, registered if new, with these demographics if they changed. */
    public Patient register(Demographics who, Actor by) {
        Optional<Patient> known = patients.findByHospitalNumber(who.hospitalNumber());
        if (known.isEmpty()) {
            Sex sex = who.sex().given();
            Patient registered = patients.register(who.hospitalNumber(), who.nhsNumber().given(), who.givenName().given(),
                    who.familyName().given(), who.dateOfBirth().given(), sex == null ? Sex.UNKNOWN : sex, by);
            if (who.language().given() != null) {
                patients.recordLanguage(registered.id(), who.language().given(), by);
            }
            return registered;
        }
        Patient patient = known.get();
        String before = patient.auditState();
        patient.updateDemographics(who.nhsNumber(), who.givenName(), who.familyName(), who.dateOfBirth(), who.sex());
        patient.updateLanguage(who.language());
        if (!before.equals(patient.auditState())) {
            audit.record(by, AuditAction.CHANGED, "Patient", patient.id(), before, patient.auditState(), "demographics updated");
        }
        return patient;
    }

    /**
     * Admits the patient to a ward (and bed) under the attending doctor given, if any. Already on that ward and bed:
     * only the attending doctor may change; already elsewhere: a move.
     */
    public Admission admit(long patientId, String wardCode, String bedLabel, FieldChange<AttendingDoctor> attending,
                           Instant at, Actor by) {
        Patient patient = patients.get(patientId);
        Optional<Admission> current = current(patientId);
        if (current.isPresent()) {
            return move(patientId, wardCode, bedLabel, attending, at, by);
        }
        return open(patient, wardCode, bedLabel, attending.given(), at, by, "admitted");
    }

    /**
     * Moves the patient to another ward or bed: this stay ends and the next begins at the same moment, under the
     * same attending doctor unless the change says otherwise (a move of bed is not a change of doctor).
     */
    public Admission move(long patientId, String wardCode, String bedLabel, FieldChange<AttendingDoctor> attending,
                          Instant at, Actor by) {
        Patient patient = patients.get(patientId);
        Admission stay = current(patientId).orElseThrow(() -> new ConflictException(WardSentence.NOT_ON_WARD_TO_MOVE.with(),
                "The patient is not on a ward, so cannot be moved: admit them first."));
        Ward ward = wards.ward(wardCode);
        Bed bed = bedLabel == null || bedLabel.isBlank() ? null : wards.bed(ward.code(), bedLabel.strip());
        if (stay.wardCode().equals(ward.code()) && java.util.Objects.equals(stay.bedId(), bed == null ? null : bed.id())) {
            changeAttendingDoctor(stay, attending, by);
            return stay;
        }
        end(stay, latest(at, stay), StayEnd.TRANSFERRED, by);
        return open(patient, ward.code(), bedLabel, attending.applyTo(stay.attendingDoctor().orElse(null)),
                latest(at, stay), by, "moved from " + stay.wardCode());
    }

    /**
     * The attending doctor of the patient's current stay, kept, replaced or removed. A patient on no ward has no stay
     * to change: an update for them (an outpatient's A08) changes nothing here.
     */
    public void changeAttendingDoctor(long patientId, FieldChange<AttendingDoctor> attending, Actor by) {
        current(patientId).ifPresent(stay -> changeAttendingDoctor(stay, attending, by));
    }

    public void discharge(long patientId, Instant at, Actor by) {
        Admission stay = current(patientId).orElseThrow(() -> new ConflictException(WardSentence.NOT_ON_WARD.with(), "The patient is not on a ward."));
        end(stay, latest(at, stay), StayEnd.DISCHARGED, by);
    }

    /** The admission was entered in error: the stay ends, marked cancelled. */
    public void cancelAdmission(long patientId, Actor by) {
        Admission stay = current(patientId).orElseThrow(() -> new ConflictException(WardSentence.NO_ADMISSION_TO_CANCEL.with(),
                "The patient has no admission to cancel."));
        end(stay, latest(clock.instant(), stay), StayEnd.CANCELLED, by);
    }

    /** The discharge was entered in error: the patient is back where they were, in a stay that begins now. */
    public Admission cancelDischarge(long patientId, Actor by) {
        Patient patient = patients.get(patientId);
        if (current(patientId).isPresent()) {
            throw new ConflictException(WardSentence.ON_WARD_NO_DISCHARGE.with(), "The patient is on a ward: there is no discharge to cancel.");
        }
        Admission last = admissions.lastDischarged(patientId).orElseThrow(() -> new ConflictException(WardSentence.NO_DISCHARGE_TO_CANCEL.with(),
                "The patient has no discharge to cancel."));
        String bed = bedLabel(last);
        return open(patient, last.wardCode(), bed, last.attendingDoctor().orElse(null), clock.instant(), by,
                "discharge cancelled");
    }

    /**
     * Merges a duplicate record into the surviving one: the duplicate points at the survivor, and its stay on a
     * ward, if the survivor has none, passes to the survivor. Orders and records stay on the duplicate's chart.
     */
    public Patient merge(HospitalNumber duplicate, long survivorId, Actor by) {
        Patient survivor = patients.get(survivorId);
        Patient prior = patients.findByHospitalNumber(duplicate).orElseThrow(() ->
                new NotFoundException("patient with hospital number", duplicate.value()));
        if (prior.mergedIntoId() != null) {
            return survivor;
        }
        String before = prior.auditState();
        prior.mergeInto(survivor);
        audit.record(by, AuditAction.CHANGED, "Patient", prior.id(), before, prior.auditState(),
                "merged into " + survivor.hospitalNumber().value());
        Optional<Admission> priorStay = current(prior.id());
        if (priorStay.isPresent()) {
            Admission stay = priorStay.get();
            Instant now = latest(clock.instant(), stay);
            end(stay, now, StayEnd.CANCELLED, by);
            if (current(survivorId).isEmpty()) {
                String bed = bedLabel(stay);
                open(survivor, stay.wardCode(), bed, stay.attendingDoctor().orElse(null), now, by,
                        "stay of merged record " + prior.hospitalNumber().value());
            }
        }
        return survivor;
    }

    public Optional<Admission> current(long patientId) {
        return admissions.current(patientId);
    }

    /** @param attending null when no attending doctor is known */
    private Admission open(Patient patient, String wardCode, String bedLabel, AttendingDoctor attending, Instant at,
                           Actor by, String reason) {
        Ward ward = wards.ward(wardCode);
        Bed bed = bedLabel == null || bedLabel.isBlank() ? null : wards.bed(ward.code(), bedLabel.strip());
        if (at == null) {
            throw new InvalidInputException("admittedAt", WardSentence.ADMISSION_TIME_NEEDED.with(), "Give the time of the admission.");
        }
        Admission stay = new Admission(patient, ward, bed, at);
        if (attending != null) {
            stay.assignAttendingDoctor(attending);
        }
        admissions.add(stay);
        audit.record(by, AuditAction.CREATED, ADMISSION, stay.id(), null, stay.auditState(), reason);
        return stay;
    }

    private void changeAttendingDoctor(Admission stay, FieldChange<AttendingDoctor> attending, Actor by) {
        String before = stay.auditState();
        AttendingDoctor after = attending.applyTo(stay.attendingDoctor().orElse(null));
        if (after == null) {
            stay.clearAttendingDoctor();
        } else {
            stay.assignAttendingDoctor(after);
        }
        if (!before.equals(stay.auditState())) {
            admissions.update(stay);
            audit.record(by, AuditAction.CHANGED, ADMISSION, stay.id(), before, stay.auditState(), "attending doctor changed");
        }
    }

    private void end(Admission stay, Instant at, StayEnd reason, Actor by) {
        String before = stay.auditState();
        stay.end(at, reason);
        admissions.update(stay);
        audit.record(by, reason == StayEnd.DISCHARGED ? AuditAction.DISCHARGED : AuditAction.CHANGED, ADMISSION, stay.id(),
                before, stay.auditState(), reason.name().toLowerCase());
    }

    private String bedLabel(Admission stay) {
        return stay.bedId() == null ? null : wards.bed(stay.bedId()).label();
    }

    /** A movement reported for a time before the stay began (clocks differ) counts from the stay's start. */
    private static Instant latest(Instant at, Admission stay) {
        Instant when = at == null ? Instant.now() : at;
        return when.isBefore(stay.admittedAt()) ? stay.admittedAt() : when;
    }
}
