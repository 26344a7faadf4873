package org.epma.web.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.epma.prescribing.administration.Administration;
import org.epma.prescribing.administration.Administrations;
import org.epma.prescribing.administration.Outcome;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.discharge.DischargeItem;
import org.epma.prescribing.discharge.DischargePrescription;
import org.epma.prescribing.discharge.Discharges;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.Prescriptions;
import org.epma.prescribing.patient.Allergy;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.reconciliation.HomeMedicine;
import org.epma.prescribing.reconciliation.HomeMedicines;
import org.epma.prescribing.refusal.NotFoundException;

/**
 * What the FHIR API reads, each search in one transaction (one pooled connection however many queries). A record the
 * FHIR API does not serve (the record that strikes another through) is not found, as an unknown id is.
 */
@ApplicationScoped
@Transactional
public class FhirRecords {

    /** An administration record, whether a later record marked it made in error, and the product its order named. */
    public record AdministrationRecord(Administration record, boolean struckThrough, String orderedProductCode) {
    }

    /**
     * A medicine of a discharge prescription that goes home, its discharge prescription, and the version of the
     * inpatient order it continues (null if that order is not found).
     */
    public record DischargeRecord(DischargePrescription discharge, DischargeItem item, Long orderId) {
    }

    private final PatientRecords patients;
    private final Prescriptions prescriptions;
    private final Administrations administrations;
    private final FormularyContent formulary;
    private final HomeMedicines homeMedicines;
    private final Discharges discharges;

    @Inject
    public FhirRecords(PatientRecords patients, Prescriptions prescriptions, Administrations administrations, FormularyContent formulary,
                       HomeMedicines homeMedicines, Discharges discharges) {
        this.patients = patients;
        this.prescriptions = prescriptions;
        this.administrations = administrations;
        this.formulary = formulary;
        this.homeMedicines = homeMedicines;
        this.discharges = discharges;
    }

    protected FhirRecords() {
        this(null, null, null, null, null, null);
    }

    public Patient patient(long id) {
        return patients.get(id);
    }

    public boolean patientExists(long id) {
        try {
            patients.get(id);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    public Optional<Patient> withHospitalNumber(HospitalNumber number) {
        return patients.findByHospitalNumber(number);
    }

    public Optional<Patient> withNhsNumber(NhsNumber number) {
        return patients.findByNhsNumber(number);
    }

    /** The patient's current allergies (those recorded in error are not). */
    public List<Allergy> allergies(long patientId) {
        return patients.allergies(patientId);
    }

    public Allergy allergy(long patientId, long allergyId) {
        return patients.allergies(patientId).stream().filter(a -> a.id() == allergyId).findFirst()
                .orElseThrow(() -> new NotFoundException("allergy", patientId + "-" + allergyId));
    }

    public Optional<Product> product(String code) {
        return formulary.formulary().product(code);
    }

    public Prescription prescription(long id) {
        return prescriptions.find(id).orElseThrow(() -> new NotFoundException("prescription", id));
    }

    /** Every version of every order of the patient, newest first. */
    public List<Prescription> prescriptions(long patientId) {
        return prescriptions.ofPatient(patientId);
    }

    /** A medicine the patient took before a stay, as medicines reconciliation recorded it. */
    public HomeMedicine homeMedicine(long id) {
        return homeMedicines.find(id).orElseThrow(() -> new NotFoundException("medicine before admission", id));
    }

    /** Every medicine recorded as taken before any of the patient's stays, in the order recorded. */
    public List<HomeMedicine> homeMedicines(long patientId) {
        return homeMedicines.ofPatient(patientId);
    }

    /**
     * A medicine going home on a discharge prescription. An item that stops at discharge, or one from the pre-admission
     * list, is not a request for anything: it is not found.
     */
    public DischargeRecord dischargeItem(long itemId) {
        DischargeItem item = discharges.item(itemId).filter(FhirRecords::goesHome)
                .orElseThrow(() -> new NotFoundException("discharge item", itemId));
        DischargePrescription discharge = discharges.find(item.dischargeId())
                .orElseThrow(() -> new NotFoundException("discharge item", itemId));
        return new DischargeRecord(discharge, item, currentVersions(discharge.patientId()).get(item.reference()));
    }

    /** The medicines going home on each of the patient's discharge prescriptions, newest prescription first. */
    public List<DischargeRecord> dischargeItems(long patientId) {
        List<DischargePrescription> written = discharges.ofPatient(patientId);
        if (written.isEmpty()) {
            return List.of();
        }
        Map<String, Long> orders = currentVersions(patientId);
        return written.stream().flatMap(d -> discharges.items(d.id()).stream().filter(FhirRecords::goesHome)
                .map(i -> new DischargeRecord(d, i, orders.get(i.reference())))).toList();
    }

    private static boolean goesHome(DischargeItem item) {
        return item.source() == DischargeItem.Source.ORDER && item.goingHome();
    }

    /** The newest version of each of the patient's orders, by the reference a discharge item names it with. */
    private Map<String, Long> currentVersions(long patientId) {
        return prescriptions.ofPatient(patientId).stream()
                .collect(Collectors.toMap(Prescription::reference, Prescription::id, (newer, older) -> newer));
    }

    public AdministrationRecord administration(long id) {
        Administration record = administrations.find(id).filter(a -> a.outcome() != Outcome.IN_ERROR)
                .orElseThrow(() -> new NotFoundException("administration", id));
        String ordered = prescriptions.find(record.prescriptionId()).map(Prescription::productCode).orElse(null);
        return new AdministrationRecord(record, !administrations.struckThrough(List.of(id)).isEmpty(), ordered);
    }

    /**
     * The patient's administration records given (or, not given, scheduled) from {@code from} to before {@code to}
     * (either may be null: open), oldest first.
     */
    public List<AdministrationRecord> administrations(long patientId, Instant from, Instant to) {
        Map<Long, Prescription> orders = prescriptions.ofPatient(patientId).stream()
                .collect(Collectors.toMap(Prescription::id, Function.identity(), (a, b) -> a));
        Set<Long> lineages = orders.values().stream().map(Prescription::lineageId).collect(Collectors.toSet());
        List<Administration> records = administrations.recordsSince(lineages, from == null ? Instant.EPOCH : from).values().stream()
                .flatMap(List::stream).filter(a -> a.outcome() != Outcome.IN_ERROR)
                .filter(a -> from == null || !effective(a).isBefore(from))
                .filter(a -> to == null || effective(a).isBefore(to))
                .sorted(Comparator.comparing(FhirRecords::effective).thenComparing(Administration::id)).toList();
        Set<Long> struck = records.isEmpty() ? Set.of() : administrations.struckThrough(records.stream().map(Administration::id).toList());
        return records.stream().map(a -> new AdministrationRecord(a, struck.contains(a.id()),
                Optional.ofNullable(orders.get(a.prescriptionId())).map(Prescription::productCode).orElse(null))).toList();
    }

    /** When a record says the dose was given, or for a dose not given, when it was due (as the resource's effective time). */
    public static Instant effective(Administration record) {
        return record.administeredAt() != null ? record.administeredAt()
                : record.scheduledAt() != null ? record.scheduledAt() : record.recordedAt();
    }
}
