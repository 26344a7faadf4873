package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.Prescriptions;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.ward.WardService;

/** Requests from the ward to pharmacy for doses that are not on the ward, and pharmacy's answers. */
@ApplicationScoped
@Transactional
public class MissingDoses {

    private static final String ENTITY = "MissingDoseRequest";

    private final Prescriptions prescriptions;
    private final MissingDoseRequests requests;
    private final WardService wards;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public MissingDoses(Prescriptions prescriptions, MissingDoseRequests requests, WardService wards, AuditTrail audit, Clock clock) {
        this.prescriptions = prescriptions;
        this.requests = requests;
        this.wards = wards;
        this.audit = audit;
        this.clock = clock;
    }

    protected MissingDoses() {
        this(null, null, null, null, null);
    }

    public MissingDoseRequest request(String idempotencyKey, long patientId, long prescriptionId, String note, Actor by) {
        BedsideAdministration.requireKey(idempotencyKey);
        Prescription order = prescriptions.findLocked(prescriptionId).orElse(null);
        if (order == null || !order.patientId().equals(patientId)) {
            throw new NotFoundException("prescription", prescriptionId + " of patient " + patientId);
        }
        Optional<MissingDoseRequest> earlier = requests.byKey(idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().prescriptionId().equals(prescriptionId)) {
                throw new ConflictException(RecordSentence.KEY_REUSED.with(), "This idempotency key was already used for a different request.");
            }
            return earlier.get();
        }
        if (!order.status().isCurrent()) {
            throw new ConflictException(RecordSentence.NO_DOSE_TO_ASK_FOR.with(order.status().term()), "This order is " + order.status().name().toLowerCase().replace('_', ' ')
                    + ": there is no dose to ask pharmacy for.");
        }
        Optional<MissingDoseRequest> open = requests.openFor(order.lineageId());
        if (open.isPresent()) {
            throw new ConflictException(RecordSentence.PHARMACY_ALREADY_ASKED.with(open.get().requestedBy(), open.get().status().term()),
                    "Pharmacy already has a request for this medicine from " + open.get().requestedBy()
                    + " (" + open.get().status().name().toLowerCase() + ").");
        }
        String wardCode = wards.currentPlace(patientId).map(p -> p.ward().code()).orElse(null);
        MissingDoseRequest request = new MissingDoseRequest(idempotencyKey, order, wardCode,
                BedsideAdministration.text("note", note, 500), by.username(), clock.instant());
        requests.add(request);
        audit.record(by, AuditAction.CREATED, ENTITY, request.id(), null, request.auditState(), "dose requested from pharmacy");
        return request;
    }

    public MissingDoseRequest move(long requestId, MissingDoseStatus to, String note, Actor by) {
        MissingDoseRequest request = get(requestId);
        String before = request.auditState();
        request.moveTo(to, BedsideAdministration.text("note", note, 500), by.username(), clock.instant());
        audit.record(by, AuditAction.CHANGED, ENTITY, requestId, before, request.auditState(), to.name().toLowerCase());
        return request;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MissingDoseRequest get(long id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("missing dose request", id));
    }

    /** Pharmacy's queue: every open request, oldest first, optionally for one ward. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MissingDoseRequest> open(String wardCode) {
        return requests.open(wardCode);
    }
}
