package org.epma.prescribing.ward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.patient.Allergy;
import org.epma.prescribing.patient.Measurement;
import org.epma.prescribing.patient.MeasurementKind;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.Patients;
import org.epma.prescribing.refusal.NotFoundException;

/** Wards, their beds and who is in them. */
@ApplicationScoped
@Transactional
public class WardService {

    private final Wards wards;
    private final Admissions admissions;
    private final Patients patients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public WardService(Wards wards, Admissions admissions, Patients patients, AuditTrail audit, Clock clock) {
        this.wards = wards;
        this.admissions = admissions;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    protected WardService() {
        this(null, null, null, null, null);
    }

    /** Brings the wards and beds in the database in line with the site's config; beds are only ever added. */
    public void apply(WardCatalogue catalogue) {
        for (WardDefinition definition : catalogue.wards()) {
            Ward ward = wards.find(definition.code()).orElse(null);
            if (ward == null) {
                wards.add(new Ward(definition));
                audit.record(Actor.SYSTEM, AuditAction.CREATED, "Ward", definition.code(), null, definition.auditState(),
                        "site configuration");
            } else {
                String before = ward.definition().auditState();
                if (ward.apply(definition)) {
                    audit.record(Actor.SYSTEM, AuditAction.CHANGED, "Ward", definition.code(), before,
                            definition.auditState(), "site configuration");
                }
            }
            Set<String> existing = wards.bedLabels(definition.code());
            for (String label : catalogue.beds().get(definition.code())) {
                if (!existing.contains(label)) {
                    Bed bed = new Bed(definition.code(), label);
                    wards.add(bed);
                    audit.record(Actor.SYSTEM, AuditAction.CREATED, "Bed", bed.id(), null,
                            AuditJson.object().add("wardCode", bed.wardCode()).add("label", label)
                                    .build().toString(), "site configuration");
                }
            }
        }
    }

    public List<WardSummary> wards() {
        Map<String, Long> beds = wards.bedCounts();
        Map<String, Long> occupied = admissions.occupancy();
        return wards.all().stream()
                .map(w -> new WardSummary(w.definition(), beds.getOrDefault(w.code(), 0L).intValue(),
                        occupied.getOrDefault(w.code(), 0L).intValue()))
                .toList();
    }

    public Ward ward(String code) {
        return (code == null ? Optional.<Ward>empty() : wards.find(code))
                .orElseThrow(() -> new NotFoundException("ward", code));
    }

    public Bed bed(String wardCode, String label) {
        return wards.bed(wardCode, label).orElseThrow(() -> new NotFoundException("bed", wardCode + " " + label));
    }

    public Bed bed(long id) {
        return wards.bed(id).orElseThrow(() -> new NotFoundException("bed", id));
    }

    /** The patients on a ward now, in bed order, with their allergies and latest weight and renal function. */
    public List<WardPatient> patientsOn(String wardCode) {
        Ward ward = ward(wardCode);
        LocalDate today = LocalDate.now(clock.withZone(ward.timeZone()));
        List<Admissions.Occupant> occupants = admissions.onWard(wardCode);
        if (occupants.isEmpty()) {
            return List.of();
        }
        List<Long> ids = occupants.stream().map(o -> o.patient().id()).toList();
        Map<Long, List<String>> allergies = patients.allergies(ids).stream()
                .collect(Collectors.groupingBy(Allergy::patientId,
                        Collectors.mapping(a -> a.substance() + " (" + a.reaction() + ")", Collectors.toList())));
        Map<Long, Map<MeasurementKind, Measurement>> latest = new HashMap<>();
        patients.latestMeasurements(ids)
                .forEach(m -> latest.computeIfAbsent(m.patientId(), id -> new HashMap<>()).putIfAbsent(m.kind(), m));
        List<WardPatient> onWard = new ArrayList<>();
        for (Admissions.Occupant occupant : occupants) {
            Patient patient = occupant.patient();
            Map<MeasurementKind, Measurement> measured = latest.getOrDefault(patient.id(), Map.of());
            Measurement renal = Measurement.latestRenalFunction(measured.get(MeasurementKind.EGFR),
                    measured.get(MeasurementKind.CREATININE_CLEARANCE));
            onWard.add(WardPatient.of(patient, occupant.bed(), today,
                    allergies.getOrDefault(patient.id(), List.of()), measured.get(MeasurementKind.WEIGHT), renal));
        }
        onWard.sort(Comparator.comparing(WardPatient::bed, Comparator.nullsLast(WardService::compareBeds)));
        return onWard;
    }

    /** Bed 2 before bed 10, and numbered beds before side rooms. */
    static int compareBeds(String a, String b) {
        boolean aNumber = a.matches("\\d+");
        boolean bNumber = b.matches("\\d+");
        if (aNumber && bNumber) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        if (aNumber != bNumber) {
            return aNumber ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** Where the patient is now: their current admission's ward and bed label. */
    public record Place(Ward ward, String bed) {
    }

    public Optional<Place> currentPlace(long patientId) {
        return admissions.current(patientId)
                .map(a -> new Place(ward(a.wardCode()), a.bedId() == null ? null : bed(a.bedId()).label()));
    }
}
