package org.epma.prescribing.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.staff.Language;
import org.epma.prescribing.time.HospitalZone;

/** Registering patients and recording what the order checks read: measurements, allergies, pregnancy. */
@ApplicationScoped
@Transactional
public class PatientRecords {

    private final Patients patients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public PatientRecords(Patients patients, AuditTrail audit, Clock clock) {
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    protected PatientRecords() {
        this(null, null, null);
    }

    public Patient register(HospitalNumber hospitalNumber, NhsNumber nhsNumber, String givenName, String familyName,
                            LocalDate dateOfBirth, Sex sex, Actor by) {
        if (dateOfBirth != null && dateOfBirth.isAfter(LocalDate.now(clock.withZone(HospitalZone.ZONE)))) {
            throw new InvalidInputException("dateOfBirth", PatientSentence.BIRTH_IN_FUTURE.with(), "The date of birth cannot be in the future.");
        }
        if (findByHospitalNumber(hospitalNumber).isPresent()) {
            throw new ConflictException(PatientSentence.HOSPITAL_NUMBER_TAKEN.with(hospitalNumber.value()),
                    "A patient with hospital number " + hospitalNumber + " is already registered.");
        }
        if (nhsNumber != null && patients.anyWithNhsNumber(nhsNumber)) {
            throw new ConflictException(PatientSentence.NHS_NUMBER_TAKEN.with(nhsNumber.value()),
                    "A patient with NHS number " + nhsNumber + " is already registered.");
        }
        Patient patient = new Patient(hospitalNumber, nhsNumber, givenName, familyName, dateOfBirth, sex);
        if (sex != Sex.FEMALE) {
            patient.recordPregnancyStatus(PregnancyStatus.NOT_APPLICABLE);
        }
        patients.add(patient);
        audit.record(by, AuditAction.CREATED, "Patient", patient.id(), null, patient.auditState(), null);
        return patient;
    }

    /** The patients of these ids, in one query; an id with no patient is left out. */
    public Map<Long, Patient> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : patients.byIds(ids).stream().collect(Collectors.toMap(Patient::id, p -> p));
    }

    public Patient get(long id) {
        return patients.find(id).orElseThrow(() -> new NotFoundException("patient", id));
    }

    public Optional<Patient> findByHospitalNumber(HospitalNumber number) {
        return patients.withHospitalNumber(number);
    }

    /** The patient with this NHS number (a record merged into another only when no other carries it). */
    public Optional<Patient> findByNhsNumber(NhsNumber number) {
        return patients.withNhsNumber(number);
    }

    public Measurement recordMeasurement(long patientId, MeasurementKind kind, BigDecimal value, Instant measuredAt, Actor by) {
        Patient patient = get(patientId);
        Instant now = clock.instant();
        if (kind == null) {
            throw new InvalidInputException("kind", PatientSentence.SAY_WHAT_MEASURED.with(),
                    "Say what was measured: WEIGHT, HEIGHT, EGFR, CREATININE_CLEARANCE or SERUM_CREATININE.");
        }
        if (value == null) {
            throw new InvalidInputException("value", PatientSentence.GIVE_MEASURED_VALUE.with(), "Give the measured value.");
        }
        BigDecimal most = switch (kind) {
            case WEIGHT -> new BigDecimal("400");
            case HEIGHT -> new BigDecimal("260");
            case EGFR, CREATININE_CLEARANCE -> new BigDecimal("250");
            case SERUM_CREATININE -> new BigDecimal("3000");
        };
        // the least is above what the column (two decimal places, greater than zero) would round to nothing
        BigDecimal least = switch (kind) {
            case WEIGHT -> new BigDecimal("0.2");
            case HEIGHT -> new BigDecimal("20");
            case EGFR, CREATININE_CLEARANCE, SERUM_CREATININE -> BigDecimal.ONE;
        };
        if (value.compareTo(least) < 0 || value.compareTo(most) > 0) {
            // the value is not repeated: it may be a thousand digits long
            throw new InvalidInputException("value", PatientSentence.MEASUREMENT_RANGE.with(kind.term(), least, most),
                    "A " + kind.name().toLowerCase().replace('_', ' ') + " from "
                    + least.toPlainString() + " to " + most.toPlainString() + " " + kind.unit() + " is expected.");
        }
        Measurement measurement = new Measurement(patient, kind, value, measuredAt == null ? now : measuredAt, by.username(), now);
        patients.add(measurement);
        audit.record(by, AuditAction.CREATED, "Measurement", patientId + ":" + kind, null, measurement.auditState(), null);
        return measurement;
    }

    public Allergy recordAllergy(long patientId, String substance, String reaction, AllergySeverity severity, Actor by) {
        Patient patient = get(patientId);
        String before = patient.auditState();
        Allergy allergy = new Allergy(patient, substance, reaction, severity, by.username(), clock.instant());
        patients.add(allergy);
        audit.record(by, AuditAction.CREATED, "Allergy", allergy.id(), null, allergy.auditState(), null);
        if (!before.equals(patient.auditState())) {
            audit.record(by, AuditAction.CHANGED, "Patient", patientId, before, patient.auditState(), "allergy recorded");
        }
        return allergy;
    }

    public void recordNoKnownAllergies(long patientId, Actor by) {
        Patient patient = get(patientId);
        if (!allergies(patientId).isEmpty()) {
            throw new ConflictException(PatientSentence.ALLERGIES_RECORDED.with(),
                    "The patient has recorded allergies; they cannot also have no known drug allergies.");
        }
        String before = patient.auditState();
        patient.recordNoKnownAllergies();
        audit.record(by, AuditAction.CHANGED, "Patient", patientId, before, patient.auditState(), "no known drug allergies");
    }

    public void recordPregnancyStatus(long patientId, PregnancyStatus status, Actor by) {
        Patient patient = get(patientId);
        if (status == null) {
            throw new InvalidInputException("status", PatientSentence.PREGNANCY_STATUS_NEEDED.with(), "Give the pregnancy status.");
        }
        if (patient.sex() != Sex.FEMALE && status != PregnancyStatus.NOT_APPLICABLE) {
            throw new InvalidInputException("status", PatientSentence.PREGNANCY_FEMALE_ONLY.with(), "Pregnancy status applies to female patients.");
        }
        String before = patient.auditState();
        patient.recordPregnancyStatus(status);
        audit.record(by, AuditAction.CHANGED, "Patient", patientId, before, patient.auditState(), "pregnancy status");
    }

    /** The language the patient reads their own papers in, as they said. */
    public void recordLanguage(long patientId, Language language, Actor by) {
        Patient patient = get(patientId);
        String before = patient.auditState();
        patient.recordLanguage(language);
        audit.record(by, AuditAction.CHANGED, "Patient", patientId, before, patient.auditState(), "language for the patient's papers");
    }

    public List<Allergy> allergies(long patientId) {
        return patients.allergies(patientId);
    }

    /** The latest of each kind of measurement. */
    public Map<MeasurementKind, Measurement> latestMeasurements(long patientId) {
        Map<MeasurementKind, Measurement> latest = new EnumMap<>(MeasurementKind.class);
        patients.measurementsLatestFirst(patientId).forEach(m -> latest.putIfAbsent(m.kind(), m));
        return latest;
    }
}
