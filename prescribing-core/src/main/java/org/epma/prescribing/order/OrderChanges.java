package org.epma.prescribing.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.refusal.NotFoundException;

/**
 * One change of an order's state, made the one way every change is: the order as it was, the change, an audit entry
 * with the before and after, and the event that tells pharmacy and the dispensing systems. Runs in its caller's
 * transaction, so the change and its audit entry commit together or not at all.
 */
@ApplicationScoped
public class OrderChanges {

    static final String ENTITY = "Prescription";

    private final Prescriptions prescriptions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<OrderEvent> events;

    @Inject
    public OrderChanges(Prescriptions prescriptions, AuditTrail audit, Clock clock, Event<OrderEvent> events) {
        this.prescriptions = prescriptions;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    protected OrderChanges() {
        this(null, null, null, null);
    }

    /** The order, or 404. */
    public Prescription get(long id) {
        return prescriptions.find(id).orElseThrow(() -> new NotFoundException("prescription", id));
    }

    /** Loads the order and changes it: see {@link #apply(Prescription, Actor, BiConsumer, Function, OrderEvent.Kind)}. */
    public Prescription apply(long id, Actor by, BiConsumer<Prescription, Instant> change, Function<Prescription, String> summary,
                              OrderEvent.Kind announced) {
        return apply(get(id), by, change, summary, announced);
    }

    /**
     * Applies {@code change} to the order at this instant, audits it as CHANGED with {@code summary} of the changed
     * order, and fires {@code announced} (null: a change nobody outside is told of, such as a draft discarded).
     */
    public Prescription apply(Prescription order, Actor by, BiConsumer<Prescription, Instant> change,
                              Function<Prescription, String> summary, OrderEvent.Kind announced) {
        String before = order.auditState();
        change.accept(order, clock.instant());
        audit.record(by, AuditAction.CHANGED, ENTITY, order.id(), before, order.auditState(), summary.apply(order));
        if (announced != null) {
            announce(order, announced);
        }
        return order;
    }

    /** Tells pharmacy and the dispensing systems of a change already made and audited. */
    public void announce(Prescription order, OrderEvent.Kind kind) {
        events.fire(new OrderEvent(order.id(), kind));
    }
}
