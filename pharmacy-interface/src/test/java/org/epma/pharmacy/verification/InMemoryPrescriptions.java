package org.epma.pharmacy.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionAlert;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.order.Prescriptions;

/** Orders kept in a map, for tests of the workflows that change them. */
final class InMemoryPrescriptions implements Prescriptions {

    private final Map<Long, Prescription> orders = new LinkedHashMap<>();
    private final List<PrescriptionAlert> alerts = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong(100);

    @Override
    public Optional<Prescription> find(long id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public Optional<Prescription> findLocked(long id) {
        return find(id);
    }

    @Override
    public long nextId() {
        return sequence.incrementAndGet();
    }

    @Override
    public void add(Prescription prescription) {
        orders.put(prescription.id(), prescription);
    }

    @Override
    public List<Prescription> ofPatient(long patientId) {
        return orders.values().stream().filter(p -> p.patientId() == patientId)
                .sorted(Comparator.comparing(Prescription::createdAt).thenComparing(Prescription::id).reversed()).toList();
    }

    @Override
    public List<Prescription> versions(long lineageId) {
        return orders.values().stream().filter(p -> p.lineageId() == lineageId)
                .sorted(Comparator.comparingInt(Prescription::versionNo)).toList();
    }

    @Override
    public List<Prescription> current(long patientId) {
        return currentOf(List.of(patientId));
    }

    @Override
    public List<Prescription> currentOf(Collection<Long> patientIds) {
        return orders.values().stream().filter(p -> patientIds.contains(p.patientId()) && p.status().isCurrent())
                .sorted(Comparator.comparing(Prescription::patientId).thenComparing(Prescription::lineageId)).toList();
    }

    @Override
    public List<Prescription> inForce(long patientId, Set<PrescriptionStatus> statuses, Instant from, Instant to) {
        return orders.values().stream().filter(p -> p.patientId() == patientId && statuses.contains(p.status())
                        && p.startAt().isBefore(to) && (p.endAt() == null || p.endAt().isAfter(from))
                        && (p.status().isCurrent() || p.statusChangedAt() == null || p.statusChangedAt().isAfter(from)))
                .sorted(Comparator.comparing(Prescription::lineageId).thenComparingInt(Prescription::versionNo)).toList();
    }

    @Override
    public List<Prescription> byIds(Collection<Long> ids) {
        return orders.values().stream().filter(p -> ids.contains(p.id())).toList();
    }

    @Override
    public List<Long> endedAndUnclaimed(Instant now, int limit) {
        return orders.values().stream().filter(p -> p.status().isCurrent() && p.endedBy(now)).map(Prescription::id)
                .sorted().limit(limit).toList();
    }

    @Override
    public List<PrescriptionAlert> signedAlerts(long prescriptionId) {
        return alerts.stream().filter(a -> a.prescriptionId() == prescriptionId).toList();
    }

    @Override
    public void addAlert(PrescriptionAlert alert) {
        alerts.add(alert);
    }
}
