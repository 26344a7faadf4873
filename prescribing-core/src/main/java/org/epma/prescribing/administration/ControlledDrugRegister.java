package org.epma.prescribing.administration;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.staff.StaffUser;
import org.epma.prescribing.ward.Ward;
import org.epma.prescribing.ward.WardService;

/**
 * The controlled-drug administration register of a ward: every dose of a controlled drug (schedules 1 to 3) given to a
 * patient while on the ward in a period, who gave it and who witnessed it. Records struck through as in error are left
 * out; a plain read.
 */
@ApplicationScoped
// one transaction, so that the register's queries share one connection
@Transactional
public class ControlledDrugRegister {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final WardService wards;
    private final FormularyContent content;

    public record Register(String wardCode, String wardName, String wardNameCy, ZoneId zone, ReportPeriod period,
                           List<Entry> entries) {
    }

    /** One dose given. Names of staff are their display names, with the user name when the account is gone. */
    public record Entry(long patientId, Instant administeredAt, String medicine, String dose, String patientName, String hospitalNumber,
                        String givenBy, String witnessedBy) {
    }

    @Inject
    public ControlledDrugRegister(WardService wards, FormularyContent content) {
        this.wards = wards;
        this.content = content;
    }

    protected ControlledDrugRegister() {
        this(null, null);
    }

    public Register register(String wardCode, ReportPeriod period) {
        Ward ward = wards.ward(wardCode);
        ZoneId zone = ward.timeZone();
        Instant from = period.start(zone);
        Instant to = period.end(zone);
        List<Administration> given = em.createQuery("select a from Administration a, Admission s"
                        + " where s.patientId = a.patientId and s.wardCode = :ward and s.admittedAt <= a.administeredAt"
                        + " and (s.dischargedAt is null or s.dischargedAt > a.administeredAt)"
                        + " and a.outcome = :given and a.administeredAt >= :from and a.administeredAt < :to", Administration.class)
                .setParameter("ward", ward.code()).setParameter("given", Outcome.GIVEN)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<Long, Prescription> orders = byId(given.stream().map(Administration::prescriptionId).collect(Collectors.toSet()),
                "select p from Prescription p where p.id in :ids", Prescription.class, Prescription::id);
        List<Administration> controlled = given.stream()
                .filter(a -> product(orders.get(a.prescriptionId())).map(p -> p.cdSchedule() != null && p.cdSchedule() <= 3).orElse(false))
                .toList();
        Set<Long> struck = struck(controlled);
        List<Administration> standing = controlled.stream().filter(a -> !struck.contains(a.id())).toList();
        Map<Long, Patient> patients = byId(standing.stream().map(Administration::patientId).collect(Collectors.toSet()),
                "select p from Patient p where p.id in :ids", Patient.class, Patient::id);
        Set<String> staffNames = new HashSet<>();
        standing.forEach(a -> {
            staffNames.add(a.recordedBy());
            if (a.witnessedBy() != null) {
                staffNames.add(a.witnessedBy());
            }
        });
        Map<String, String> displayNames = staffNames.isEmpty() ? Map.of()
                : em.createQuery("select u from StaffUser u where u.username in :names", StaffUser.class)
                        .setParameter("names", staffNames).getResultStream()
                        .collect(Collectors.toMap(StaffUser::username, u -> u.displayName() + " (" + u.username() + ")"));
        List<Entry> entries = standing.stream().map(a -> {
            Prescription order = orders.get(a.prescriptionId());
            Patient patient = patients.get(a.patientId());
            return new Entry(a.patientId(), a.administeredAt(), product(order).map(Product::name).orElse(order.productCode()),
                    a.dose() == null ? order.line(content.formulary()).dose().display()
                            : a.dose().stripTrailingZeros().toPlainString() + " " + a.doseUnit(),
                    patient.familyName().toUpperCase(java.util.Locale.ROOT) + ", " + patient.givenName(),
                    patient.hospitalNumber().value(), displayNames.getOrDefault(a.recordedBy(), a.recordedBy()),
                    a.witnessedBy() == null ? null : displayNames.getOrDefault(a.witnessedBy(), a.witnessedBy()));
        }).sorted(Comparator.comparing(Entry::medicine).thenComparing(Entry::administeredAt)).toList();
        return new Register(ward.code(), ward.name(), ward.nameCy(), zone, period, entries);
    }

    /** The ids of records that a later record marked as in error. */
    private Set<Long> struck(List<Administration> records) {
        if (records.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select a.correctsId from Administration a where a.outcome = :error"
                        + " and a.correctsId in :ids", Long.class)
                .setParameter("error", Outcome.IN_ERROR)
                .setParameter("ids", records.stream().map(Administration::id).toList()).getResultList());
    }

    private <T, K> Map<K, T> byId(Set<K> ids, String query, Class<T> type, Function<T, K> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(query, type).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(id, Function.identity()));
    }

    private Optional<Product> product(Prescription order) {
        return order == null ? Optional.empty() : content.formulary().product(order.productCode());
    }
}
