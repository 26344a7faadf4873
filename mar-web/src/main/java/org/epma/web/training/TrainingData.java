package org.epma.web.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.pharmacy.verification.PharmacyVerification;
import org.epma.prescribing.administration.Administration;
import org.epma.prescribing.administration.Administrations;
import org.epma.prescribing.administration.Identification;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.checks.Alert;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.checks.Severity;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.OrderRequest;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.patient.Allergy;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.Measurement;
import org.epma.prescribing.patient.MeasurementKind;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.patient.Patients;
import org.epma.prescribing.patient.PregnancyStatus;
import org.epma.prescribing.patient.Sex;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.ReauthenticationException;
import org.epma.prescribing.sitedata.CsvTable;
import org.epma.prescribing.staff.Language;
import org.epma.prescribing.staff.Role;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.ward.Admission;
import org.epma.prescribing.ward.Admissions;
import org.epma.prescribing.ward.Ward;
import org.epma.prescribing.ward.WardContext;
import org.epma.prescribing.ward.WardService;

/**
 * Loads the training users (config/training/users.csv), patients (config/training/patients.csv) and their
 * orders (config/training/prescriptions.csv) into an empty training database, once: a database that
 * already has users is left as it is.
 */
@ApplicationScoped
@Transactional
public class TrainingData {

    private static final String ALLERGY_FORMAT = "substance|reaction|severity, several separated by ';'";

    private final StaffAccounts staff;
    private final WardService wards;
    private final AuditTrail audit;
    private final Clock clock;
    private final Prescribing prescribing;
    private final PharmacyVerification verification;
    private final PatientRecords patientRecords;
    private final FormularyContent formulary;
    private final Patients patients;
    private final Admissions admissions;
    private final Administrations administrations;

    @Inject
    public TrainingData(StaffAccounts staff, WardService wards, AuditTrail audit, Clock clock, Prescribing prescribing,
                        PharmacyVerification verification, PatientRecords patientRecords, FormularyContent formulary,
                        Patients patients, Admissions admissions, Administrations administrations) {
        this.staff = staff;
        this.wards = wards;
        this.audit = audit;
        this.clock = clock;
        this.prescribing = prescribing;
        this.verification = verification;
        this.patientRecords = patientRecords;
        this.formulary = formulary;
        this.patients = patients;
        this.admissions = admissions;
        this.administrations = administrations;
    }

    protected TrainingData() {
        this(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Returns false when the database already had users, so nothing was loaded. */
    public boolean loadOnce(CsvTable users, CsvTable patients, CsvTable prescriptions) {
        if (staff.anyExist()) {
            return false;
        }
        Map<String, String> passwords = new HashMap<>();
        for (CsvTable.Row row : users.rows()) {
            try {
                staff.create(row.text("username"), row.text("display_name"), roles(row),
                        row.text("password").toCharArray(), Actor.SYSTEM);
                passwords.put(row.text("username"), row.text("password"));
            } catch (InvalidInputException e) {
                throw row.problem(e.field(), e.getMessage());
            }
        }
        Instant now = clock.instant();
        for (CsvTable.Row row : patients.rows()) {
            try {
                loadPatient(row, now);
            } catch (InvalidInputException e) {
                throw row.problem(e.field(), e.getMessage());
            }
        }
        for (CsvTable.Row row : prescriptions.rows()) {
            try {
                loadPrescription(row, now, passwords);
            } catch (InvalidInputException e) {
                throw row.problem(e.field(), e.getMessage());
            }
        }
        return true;
    }

    /**
     * A signed order of the training patients, prescribed the way a doctor would: checked, every warning
     * acknowledged, a controlled drug with the prescriber's password from the training users. Training orders must
     * raise nothing more serious; one that does stops the load.
     */
    private void loadPrescription(CsvTable.Row row, Instant now, Map<String, String> passwords) {
        Patient patient = patientRecords.findByHospitalNumber(new HospitalNumber(row.text("hospital_number")))
                .orElseThrow(() -> row.problem("hospital_number", "no training patient has this hospital number"));
        Actor prescriber = new Actor(row.text("prescriber"), "PRESCRIBER");
        BigDecimal interval = row.optionalDecimal("prn_min_interval_hours");
        BigDecimal max = row.optionalDecimal("prn_max_per_24h");
        OrderRequest request = new OrderRequest(row.text("product_code"), number(row, "dose"), null, row.text("dose_unit"),
                row.text("route"), row.text("frequency"), row.optional("prn_reason"), interval, max == null ? null : max.intValueExact(),
                now.minus(Duration.ofHours(number(row, "started_hours_ago").longValue())), null, null, row.optional("indication"),
                null, null, null);
        Prescription draft = prescribing.draft(patient.id(), request, prescriber);
        List<Alert> alerts = prescribing.alerts(draft);
        List<Alert> serious = alerts.stream().filter(a -> a.severity().compareTo(Severity.WARNING) > 0).toList();
        if (!serious.isEmpty()) {
            throw row.problem("product_code", "a training order must not raise serious alerts: " + serious.get(0).message());
        }
        String password = passwords.get(prescriber.username());
        Prescription signed;
        try {
            signed = prescribing.sign(draft.id(), new Prescribing.Signature(alerts.stream().map(Alert::key)
                    .collect(Collectors.toSet()), Map.of(), password == null ? null : password.toCharArray()), prescriber);
        } catch (ReauthenticationException e) {
            throw row.problem("prescriber", "the prescriber is not a training user whose password signs this controlled drug");
        }
        String pharmacist = row.optional("verified_by");
        if (pharmacist != null) {
            recordPastDoses(verification.verify(signed.id(), new Actor(pharmacist, "PHARMACIST")), now);
        }
    }

    /**
     * The doses of a training order up to two hours ago, recorded as given by a nurse, so the round opens on a
     * ward that is up to date and the chart has a history.
     */
    private void recordPastDoses(Prescription order, Instant now) {
        if (order.frequency() == Frequency.PRN) {
            return;
        }
        WardContext ward = WardContext.of(wards.currentPlace(order.patientId()));
        Product product = formulary.formulary().product(order.productCode()).orElseThrow();
        Unit unit = Unit.parse(order.doseUnit()).orElseThrow();
        BigDecimal quantity = product.amountFor(new Quantity(order.dose(), unit)).map(q -> q.amount().stripTrailingZeros()).orElse(null);
        for (Instant time : ward.schedule().times(order.frequency(), order.startAt(), order.endAt(), order.startAt(),
                now.minus(Duration.ofHours(2)))) {
            Instant given = time.plus(Duration.ofMinutes(7));
            Administration record = Administration.given(order, time, new Administration.Given(order.dose(), unit, quantity,
                            order.route(), order.route() == Route.SC ? "abdomen" : null, product.code(), product.demoGtin(),
                            null, null, null), null,
                    new Administration.Circumstances("training-" + order.id() + "-" + time, Identification.SCAN, null, null,
                            given, given, "nurse.evans", null));
            administrations.add(record);
            audit.record(new Actor("nurse.evans", "NURSE"), AuditAction.CREATED, "Administration", record.id(), null,
                    record.auditState(), "training data");
        }
    }

    private void loadPatient(CsvTable.Row row, Instant now) {
        Patient patient = new Patient(new HospitalNumber(row.text("hospital_number")),
                NhsNumber.parse(row.text("nhs_number")), row.text("given_name"), row.text("family_name"),
                date(row, "date_of_birth"), row.choice("sex", Sex.class));
        patient.recordPregnancyStatus(row.choice("pregnancy_status", PregnancyStatus.class));
        if (row.optional("language") != null) {
            patient.recordLanguage(Language.fromCode(row.text("language")));
        }
        AllergyStatus allergyStatus = row.choice("allergy_status", AllergyStatus.class);
        if (allergyStatus == AllergyStatus.NO_KNOWN_ALLERGIES) {
            patient.recordNoKnownAllergies();
        }
        // stored as the row says, allergy and pregnancy status included, rather than registered and then changed
        patients.add(patient);
        audit.record(Actor.SYSTEM, AuditAction.CREATED, "Patient", patient.id(), null, patient.auditState(), "training data");

        String allergies = row.optional("allergies");
        if ((allergyStatus == AllergyStatus.KNOWN_ALLERGIES) != (allergies != null)) {
            throw row.problem("allergies", "list allergies exactly when allergy_status is KNOWN_ALLERGIES");
        }
        if (allergies != null) {
            for (String entry : allergies.split(";")) {
                String[] parts = entry.split("\\|");
                if (parts.length != 3) {
                    throw row.problem("allergies", "'" + entry + "' is not " + ALLERGY_FORMAT);
                }
                Allergy allergy = new Allergy(patient, parts[0], parts[1], severity(row, parts[2]), "system", now);
                patients.add(allergy);
                audit.record(Actor.SYSTEM, AuditAction.CREATED, "Allergy", allergy.id(), null, allergy.auditState(),
                        "training data");
            }
        }

        Instant measuredAt = now.minus(Duration.ofDays(number(row, "measured_days_ago").longValue()));
        measure(row, patient, "weight_kg", MeasurementKind.WEIGHT, measuredAt, now);
        measure(row, patient, "height_cm", MeasurementKind.HEIGHT, measuredAt, now);
        measure(row, patient, "egfr", MeasurementKind.EGFR, measuredAt, now);
        measure(row, patient, "creatinine_clearance", MeasurementKind.CREATININE_CLEARANCE, measuredAt, now);

        Ward ward = wards.ward(row.text("ward"));
        Admission admission = new Admission(patient, ward, wards.bed(ward.code(), row.text("bed")),
                now.minus(Duration.ofDays(number(row, "admitted_days_ago").longValue())));
        admissions.add(admission);
        audit.record(Actor.SYSTEM, AuditAction.CREATED, "Admission", admission.id(), null, admission.auditState(),
                "training data");
    }

    private void measure(CsvTable.Row row, Patient patient, String column, MeasurementKind kind, Instant at, Instant now) {
        if (row.optional(column) == null) {
            return;
        }
        Measurement measurement = new Measurement(patient, kind, number(row, column), at, "system", now);
        patients.add(measurement);
        audit.record(Actor.SYSTEM, AuditAction.CREATED, "Measurement", patient.id() + ":" + kind, null,
                measurement.auditState(), "training data");
    }

    private static Set<Role> roles(CsvTable.Row row) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : row.text("roles").split(";")) {
            try {
                roles.add(Role.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw row.problem("roles", "'" + name + "' is not one of " + EnumSet.allOf(Role.class));
            }
        }
        return roles;
    }

    private static AllergySeverity severity(CsvTable.Row row, String text) {
        try {
            return AllergySeverity.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw row.problem("allergies", "'" + text + "' is not one of " + EnumSet.allOf(AllergySeverity.class));
        }
    }

    private static LocalDate date(CsvTable.Row row, String column) {
        try {
            return LocalDate.parse(row.text(column));
        } catch (DateTimeParseException e) {
            throw row.problem(column, "'" + row.text(column) + "' is not a date such as 1950-02-28");
        }
    }

    private static BigDecimal number(CsvTable.Row row, String column) {
        try {
            return new BigDecimal(row.text(column));
        } catch (NumberFormatException e) {
            throw row.problem(column, "'" + row.text(column) + "' is not a number");
        }
    }
}
