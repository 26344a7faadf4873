package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.Prescriptions;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.time.ReportPeriod;
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

    private final Administrations administrations;
    private final Prescriptions prescriptions;
    private final PeopleOnRecord people;
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
    public ControlledDrugRegister(Administrations administrations, Prescriptions prescriptions, PeopleOnRecord people,
                                  WardService wards, FormularyContent content) {
        this.administrations = administrations;
        this.prescriptions = prescriptions;
        this.people = people;
        this.wards = wards;
        this.content = content;
    }

    protected ControlledDrugRegister() {
        this(null, null, null, null, null);
    }

    public Register register(String wardCode, ReportPeriod period) {
        Ward ward = wards.ward(wardCode);
        ZoneId zone = ward.timeZone();
        Instant from = period.start(zone);
        Instant to = period.end(zone);
        List<Administration> given = administrations.givenOnWard(ward.code(), from, to);
        Map<Long, Prescription> orders = prescriptions.byIds(given.stream().map(Administration::prescriptionId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Prescription::id, Function.identity()));
        List<Administration> controlled = given.stream()
                .filter(a -> product(orders.get(a.prescriptionId())).map(p -> p.cdSchedule() != null && p.cdSchedule() <= 3).orElse(false))
                .toList();
        Set<Long> struck = administrations.struckThrough(controlled.stream().map(Administration::id).toList());
        List<Administration> standing = controlled.stream().filter(a -> !struck.contains(a.id())).toList();
        Map<Long, Patient> patients = people.patients(standing.stream().map(Administration::patientId).collect(Collectors.toSet()));
        Set<String> staffNames = new HashSet<>();
        standing.forEach(a -> {
            staffNames.add(a.recordedBy());
            if (a.witnessedBy() != null) {
                staffNames.add(a.witnessedBy());
            }
        });
        Map<String, String> displayNames = people.staffNames(staffNames);
        List<Entry> entries = standing.stream().map(a -> {
            Prescription order = orders.get(a.prescriptionId());
            Patient patient = patients.get(a.patientId());
            return new Entry(a.patientId(), a.administeredAt(), product(order).map(Product::name).orElse(order.productCode()),
                    a.givenDose().map(Quantity::display).orElseGet(() -> order.line(content.formulary()).dose().display()),
                    patient.familyName().toUpperCase(java.util.Locale.ROOT) + ", " + patient.givenName(),
                    patient.hospitalNumber().value(), displayNames.getOrDefault(a.recordedBy(), a.recordedBy()),
                    a.witnessedBy() == null ? null : displayNames.getOrDefault(a.witnessedBy(), a.witnessedBy()));
        }).sorted(Comparator.comparing(Entry::medicine).thenComparing(Entry::administeredAt)).toList();
        return new Register(ward.code(), ward.name(), ward.nameCy(), zone, period, entries);
    }

    private Optional<Product> product(Prescription order) {
        return order == null ? Optional.empty() : content.formulary().product(order.productCode());
    }
}
