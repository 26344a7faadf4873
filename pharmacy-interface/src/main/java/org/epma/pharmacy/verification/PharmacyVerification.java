package org.epma.pharmacy.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.order.OrderChanges;
import org.epma.prescribing.order.OrderEvent;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.Text;

/**
 * The pharmacist's side of an order: the queue of signed orders waiting for verification (a changed order is a new
 * version and waits again), verifying, rejecting with a reason the prescriber sees, and interventions. What a
 * verification may do to an order (only one waiting for it, never by the person who drafted or signed it) is the
 * order's own rule ({@link Prescription#verify}); this workflow applies it, audits it and tells the dispensing systems
 * through {@link OrderChanges}.
 */
@ApplicationScoped
@Transactional
public class PharmacyVerification {

    private final OrderChanges changes;
    private final VerificationQueue queue;
    private final Interventions interventions;
    private final AuditTrail audit;
    private final Clock clock;

    /** An order waiting for a pharmacist, with where the patient is. */
    public record Waiting(Prescription order, String wardCode, String bed) {
    }

    @Inject
    public PharmacyVerification(OrderChanges changes, VerificationQueue queue, Interventions interventions, AuditTrail audit,
                                Clock clock) {
        this.changes = changes;
        this.queue = queue;
        this.interventions = interventions;
        this.audit = audit;
        this.clock = clock;
    }

    protected PharmacyVerification() {
        this(null, null, null, null, null);
    }

    /** Orders waiting for verification, longest waiting first; {@code wardCode} narrows to one ward. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Waiting> queue(String wardCode) {
        return queue.waiting(wardCode);
    }

    /** A pharmacist verifies a signed order: it may now be dispensed, and given. */
    public Prescription verify(long prescriptionId, Actor by) {
        return changes.apply(prescriptionId, by, (order, at) -> order.verify(by.username(), at), order -> "verified",
                OrderEvent.Kind.VERIFIED);
    }

    /** A pharmacist sends a signed order back to the prescriber, with a reason the prescriber sees; no event is fired. */
    public Prescription reject(long prescriptionId, String reason, Actor by) {
        return changes.apply(prescriptionId, by, (order, at) -> order.reject(reason, by.username(), at),
                Prescription::statusReason, null);
    }

    public Intervention intervene(long prescriptionId, InterventionCategory category, String note, Actor by) {
        Prescription order = changes.get(prescriptionId);
        if (category == null) {
            throw new InvalidInputException("category", VerificationSentence.CHOOSE_CATEGORY.with(), "Choose what the intervention was about.");
        }
        String text = Text.required("note", note, 1000, VerificationSentence.DESCRIBE_INTERVENTION.with(1000), "Describe the intervention (up to 1000 characters).").strip();
        Intervention recorded = interventions.add(order.id(), category, text, by.username(), clock.instant());
        audit.record(by, AuditAction.CREATED, "PharmacyIntervention", recorded.id(), null,
                "{\"prescriptionId\":" + order.id() + ",\"category\":\"" + category + "\"}", text);
        return recorded;
    }

    /** The interventions on every version of an order, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Intervention> interventions(long lineageId) {
        return interventions.ofLineage(lineageId);
    }
}
