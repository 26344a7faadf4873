package org.epma.prescribing.oxygen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;

/** Prescribing oxygen to a target, stopping it, and the nurse's oxygen checks; each write audited. */
@ApplicationScoped
@Transactional
public class OxygenTherapy {

    private final JpaOxygenRecords store;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public OxygenTherapy(JpaOxygenRecords store, PatientRecords patients, AuditTrail audit, Clock clock) {
        this.store = store;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    protected OxygenTherapy() {
        this(null, null, null, null);
    }

    /**
     * A new oxygen order; an active one for the patient is stopped by it, so that the chart never shows two targets.
     * {@code kind} STANDARD or HYPERCAPNIC_RISK takes the BTS range; PATIENT_SPECIFIC takes {@code lowest}–{@code highest}
     * and a reason.
     */
    public OxygenOrder prescribe(long patientId, SaturationTarget.Kind kind, Integer lowest, Integer highest, String reason,
                                 OxygenDelivery delivery, BigDecimal flowLowest, BigDecimal flowHighest, Actor by) {
        patients.get(patientId);
        SaturationTarget target = target(kind, lowest, highest, reason);
        Instant now = clock.instant();
        OxygenOrder order = new OxygenOrder(patientId, target, delivery, flowLowest, flowHighest, by.username(), now);
        for (OxygenOrder previous : store.ordersOf(patientId)) {
            if (previous.active()) {
                String before = previous.auditState();
                previous.stop(by.username(), now);
                audit.record(by, AuditAction.CHANGED, "OxygenOrder", previous.id(), before, previous.auditState(),
                        "replaced by a new oxygen order");
            }
        }
        store.add(order);
        audit.record(by, AuditAction.CREATED, "OxygenOrder", order.id(), null, order.auditState(), null);
        return order;
    }

    public OxygenOrder stop(long orderId, Actor by) {
        OxygenOrder order = order(orderId);
        String before = order.auditState();
        order.stop(by.username(), clock.instant());
        audit.record(by, AuditAction.CHANGED, "OxygenOrder", orderId, before, order.auditState(), "stopped");
        return order;
    }

    /** The nurse's check on an active order; the reading against its target is kept with the check. */
    public OxygenCheck check(long orderId, Integer saturation, OxygenDelivery delivery, BigDecimal flow, Instant checkedAt,
                             Actor by) {
        OxygenOrder order = order(orderId);
        if (!order.active()) {
            throw new ConflictException(OxygenSentence.STOPPED.with(), "This oxygen order is stopped.");
        }
        Instant now = clock.instant();
        OxygenCheck check = new OxygenCheck(order, saturation, delivery, flow, checkedAt == null ? now : checkedAt,
                by.username(), now);
        store.add(check);
        audit.record(by, AuditAction.CREATED, "OxygenCheck", check.id(), null, check.auditState(), null);
        return check;
    }

    public OxygenOrder order(long orderId) {
        return store.order(orderId).orElseThrow(() -> new NotFoundException("oxygen order", orderId));
    }

    /** The patient's oxygen orders, latest first. */
    public List<OxygenOrder> ordersOf(long patientId) {
        patients.get(patientId);
        return store.ordersOf(patientId);
    }

    public List<OxygenCheck> checksOf(long orderId) {
        return store.checksOf(orderId);
    }

    /**
     * The oxygen order in use of each of these patients (a ward's) with its latest check, by patient id: two queries
     * whatever the number of patients, for the drug round.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, OxygenInUse> inUseOf(Collection<Long> patientIds) {
        List<OxygenOrder> active = store.activeOrdersOf(patientIds);
        return OxygenInUse.byPatient(active, store.latestChecksOf(active.stream().map(OxygenOrder::id).toList()));
    }

    /** The patient's oxygen orders in force and checks taken from {@code from} up to {@code to}: the MAR's oxygen row. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OxygenPeriod inPeriod(long patientId, Instant from, Instant to) {
        return OxygenPeriod.of(store.ordersOf(patientId), store.checksOfPatient(patientId, from, to), from, to);
    }

    static SaturationTarget target(SaturationTarget.Kind kind, Integer lowest, Integer highest, String reason) {
        if (kind == null) {
            throw new InvalidInputException("targetKind", OxygenSentence.TARGET_NEEDED.with(),
                    "Say the target: STANDARD (94–98%), HYPERCAPNIC_RISK (88–92%) or PATIENT_SPECIFIC.");
        }
        switch (kind) {
            case STANDARD:
                return SaturationTarget.STANDARD;
            case HYPERCAPNIC_RISK:
                return SaturationTarget.HYPERCAPNIC_RISK;
            default:
                if (lowest == null || highest == null || lowest < 0 || highest > 100 || lowest >= highest) {
                    throw new InvalidInputException("targetLowest", OxygenSentence.TARGET_RANGE.with(),
                            "A target range runs from a lower to a higher saturation between 0 and 100%.");
                }
                if (reason == null || reason.isBlank()) {
                    throw new InvalidInputException("targetReason", OxygenSentence.REASON_NEEDED.with(),
                            "Say why this patient has their own target range.");
                }
                return SaturationTarget.patientSpecific(lowest, highest, reason.strip());
        }
    }
}
