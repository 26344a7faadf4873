package org.epma.prescribing.orderreview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionAlert;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.orderreview.OverridesAndInterventions;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.staff.StaffNames;
import org.epma.prescribing.time.InstantColumn;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.prescribing.ward.Ward;
import org.epma.prescribing.ward.WardService;

/** {@link OverridesAndInterventions} read with JPA. */
@ApplicationScoped
// one transaction, so that the report's queries share one connection
@Transactional
public class JpaOverridesAndInterventions implements OverridesAndInterventions {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final WardService wards;

    private final FormularyContent content;

    private final StaffNames staffNames;

    @Inject
    public JpaOverridesAndInterventions(WardService wards, FormularyContent content, StaffNames staffNames) {
        this.wards = wards;
        this.content = content;
        this.staffNames = staffNames;
    }

    protected JpaOverridesAndInterventions() {
        this(null, null, null);
    }

    @Override
    public Report report(String wardCode, ReportPeriod period) {
        Ward ward = wards.ward(wardCode);
        ZoneId zone = ward.timeZone();
        Instant from = period.start(zone);
        Instant to = period.end(zone);
        List<Object[]> alerts = em.createQuery("select a, p from PrescriptionAlert a, Prescription p, Admission s"
                        + " where p.id = a.prescriptionId and a.overrideReason is not null"
                        + " and p.signedAt >= :from and p.signedAt < :to"
                        + " and s.patientId = p.patientId and s.wardCode = :w and s.admittedAt <= p.signedAt"
                        + " and (s.dischargedAt is null or s.dischargedAt > p.signedAt)", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("w", ward.code()).getResultList();
        List<Prescription> rejected = em.createQuery("select p from Prescription p, Admission s where p.status = :rejected"
                        + " and p.statusChangedAt >= :from and p.statusChangedAt < :to"
                        + " and s.patientId = p.patientId and s.wardCode = :w and s.admittedAt <= p.statusChangedAt"
                        + " and (s.dischargedAt is null or s.dischargedAt > p.statusChangedAt)", Prescription.class)
                .setParameter("rejected", PrescriptionStatus.REJECTED).setParameter("from", from).setParameter("to", to)
                .setParameter("w", ward.code()).getResultList();
        // pharmacy's interventions table: its migration is core's (V4), read here as the pharmacy module writes it
        List<?> interventionRows = em.createNativeQuery("select i.prescription_id, i.category, i.note, i.recorded_by, i.recorded_at"
                        + " from pharmacy_intervention i join prescription p on p.id = i.prescription_id"
                        + " join admission s on s.patient_id = p.patient_id and s.ward_code = ? and s.admitted_at <= i.recorded_at"
                        + " and (s.discharged_at is null or s.discharged_at > i.recorded_at)"
                        + " where i.recorded_at >= ? and i.recorded_at < ? order by i.recorded_at, i.id")
                .setParameter(1, ward.code()).setParameter(2, from.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(3, to.atOffset(java.time.ZoneOffset.UTC)).getResultList();
        List<Object[]> interventions = interventionRows.stream().map(o -> (Object[]) o).toList();
        long verified = em.createQuery("select count(p) from Prescription p, Admission s where p.verifiedAt >= :from"
                        + " and p.verifiedAt < :to and s.patientId = p.patientId and s.wardCode = :w and s.admittedAt <= p.verifiedAt"
                        + " and (s.dischargedAt is null or s.dischargedAt > p.verifiedAt)", Long.class)
                .setParameter("from", from).setParameter("to", to).setParameter("w", ward.code()).getSingleResult();

        Set<Long> orderIds = new HashSet<>();
        alerts.forEach(r -> orderIds.add(((Prescription) r[1]).id()));
        rejected.forEach(p -> orderIds.add(p.id()));
        interventions.forEach(r -> orderIds.add(((Number) r[0]).longValue()));
        Map<Long, OrderSummary> summaries = summaries(orderIds);
        Set<String> staff = new HashSet<>();
        alerts.forEach(r -> staff.add(((PrescriptionAlert) r[0]).acknowledgedBy()));
        interventions.forEach(r -> staff.add((String) r[3]));
        rejected.forEach(p -> staff.add(p.statusChangedBy()));
        Map<String, String> names = staffNames.of(staff);

        List<Overridden> overrides = alerts.stream().map(r -> {
            PrescriptionAlert alert = (PrescriptionAlert) r[0];
            Prescription order = (Prescription) r[1];
            var a = alert.alert();
            return new Overridden(summaries.get(order.id()), order.signedAt(), a.category(), a.severity(), a.message(),
                    names.getOrDefault(alert.acknowledgedBy(), alert.acknowledgedBy()), alert.overrideReason());
        }).sorted(Comparator.comparing(Overridden::signedAt)).toList();
        List<PharmacistAction> actions = new java.util.ArrayList<>();
        interventions.forEach(r -> actions.add(new PharmacistAction(summaries.get(((Number) r[0]).longValue()), InstantColumn.read(r[4]),
                ActionKind.INTERVENTION, (String) r[1], (String) r[2], names.getOrDefault((String) r[3], (String) r[3]))));
        rejected.forEach(p -> actions.add(new PharmacistAction(summaries.get(p.id()), p.statusChangedAt(), ActionKind.REJECTION, null,
                p.statusReason(), names.getOrDefault(p.statusChangedBy(), p.statusChangedBy()))));
        actions.sort(Comparator.comparing(PharmacistAction::at));
        return new Report(ward.code(), ward.name(), ward.nameCy(), zone, period, overrides, List.copyOf(actions), verified);
    }

    /** Each order with its patient and where it ended, the next version of it included when it was changed. */
    private Map<Long, OrderSummary> summaries(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Prescription> orders = em.createQuery("select p from Prescription p where p.id in :ids", Prescription.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, Prescription> successors = em.createQuery("select p from Prescription p where p.supersedesId in :ids", Prescription.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Prescription::supersedesId, Function.identity(), (a, b) -> a));
        Map<Long, Patient> patients = em.createQuery("select p from Patient p where p.id in :ids", Patient.class)
                .setParameter("ids", orders.stream().map(Prescription::patientId).collect(Collectors.toSet()))
                .getResultStream().collect(Collectors.toMap(Patient::id, Function.identity()));
        Set<String> staff = new HashSet<>();
        orders.forEach(o -> {
            staff.add(o.verifiedBy());
            staff.add(o.statusChangedBy());
        });
        successors.values().forEach(s -> staff.add(s.prescribedBy()));
        Map<String, String> names = staffNames.of(staff);
        return orders.stream().collect(Collectors.toMap(Prescription::id, o -> {
            Patient patient = patients.get(o.patientId());
            Prescription next = successors.get(o.id());
            Fate fate;
            String by;
            Instant at;
            String reason = null;
            if (o.status() == PrescriptionStatus.REJECTED) {
                fate = Fate.REJECTED;
                by = o.statusChangedBy();
                at = o.statusChangedAt();
                reason = o.statusReason();
            } else if (next != null && o.verifiedAt() == null) {
                fate = Fate.CHANGED;
                by = next.prescribedBy();
                at = next.signedAt() != null ? next.signedAt() : next.createdAt();
            } else if (o.verifiedAt() != null) {
                fate = Fate.VERIFIED;
                by = o.verifiedBy();
                at = o.verifiedAt();
            } else if (o.status() == PrescriptionStatus.PENDING_VERIFICATION) {
                fate = Fate.WAITING;
                by = null;
                at = null;
            } else {
                fate = Fate.STOPPED;
                by = o.statusChangedBy();
                at = o.statusChangedAt();
                reason = o.statusReason();
            }
            return new OrderSummary(o.id(), o.patientId(), patient.familyName().toUpperCase(Locale.ROOT) + ", " + patient.givenName(),
                    patient.hospitalNumber().value(), o.line(content.formulary()).describe(), o.versionNo(), fate,
                    by == null ? null : names.getOrDefault(by, by), at, reason);
        }));
    }
}
