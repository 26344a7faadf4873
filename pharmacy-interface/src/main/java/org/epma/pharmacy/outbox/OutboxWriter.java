package org.epma.pharmacy.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.epma.prescribing.discharge.DischargeSupplied;
import org.epma.prescribing.order.OrderEvent;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;

/**
 * Writes an outbox row for each destination that wants an order event, in the transaction of the change itself:
 * the change and the promise to tell pharmacy about it commit together or not at all.
 */
@ApplicationScoped
public class OutboxWriter {

    private final OutboxMessages messages;
    private final InterventionNotes interventions;
    private final Prescribing prescribing;
    private final Destinations destinations;
    private final Clock clock;
    private volatile String controlIdPrefix;

    @Inject
    public OutboxWriter(OutboxMessages messages, InterventionNotes interventions, Prescribing prescribing,
                        Destinations destinations, Clock clock) {
        this.messages = messages;
        this.interventions = interventions;
        this.prescribing = prescribing;
        this.destinations = destinations;
        this.clock = clock;
    }

    protected OutboxWriter() {
        this(null, null, null, null, null);
    }

    void onOrderEvent(@Observes OrderEvent event) {
        Prescription order = prescribing.get(event.prescriptionId());
        OrderControl control = OrderControl.of(event.kind(), order.supersedesId() != null);
        Instant now = Instant.now(clock);
        String reason = null;
        for (Destination destination : destinations.all()) {
            if (!destination.wants(event.kind()) || !heardOf(destination, order, event.kind())) {
                continue;
            }
            if (reason == null) {
                reason = reason(order, control);
            }
            long id = messages.nextId();
            messages.add(new OutboxMessages.NewMessage(id, destination.name(), order.patientId(), order.id(), control,
                    destination.messageType(), controlId(controlIdPrefix(), id), now, reason.isEmpty() ? null : reason));
        }
    }

    /**
     * A screened discharge prescription: one new order (NW) per medicine to supply, to each destination that takes
     * pharmacist-validated orders (RDE^O11). A destination that hears only of orders as signed (OMP^O09) is a placer-order
     * feed, not a dispensary: it gets none. Written in the screening's transaction, as an order event is.
     */
    void onDischargeSupplied(@Observes DischargeSupplied supplied) {
        Instant now = Instant.now(clock);
        for (Destination destination : destinations.all()) {
            if (destination.messageType() != MessageType.RDE_O11) {
                continue;
            }
            for (DischargeSupplied.Supply supply : supplied.supplies()) {
                long id = messages.nextId();
                messages.add(new OutboxMessages.NewMessage(id, destination.name(), supplied.patientId(), supply.prescriptionId(),
                        OrderControl.NW, MessageType.RDE_O11, controlId(controlIdPrefix(), id), now, null, supply.itemId()));
            }
        }
    }

    /**
     * Why, as recorded now (ORC-16): the reason given for a hold, release, stop or completion; for a change, the
     * pharmacist's latest intervention on the version it replaces (or on itself), when there is one (a prescriber's change records no reason).
     */
    private String reason(Prescription order, OrderControl control) {
        if (control == OrderControl.NW) {
            return "";
        }
        if (control != OrderControl.XO) {
            return order.statusReason() == null ? "" : order.statusReason();
        }
        // on the version replaced or on this one: an intervention on an older version belongs to an earlier change
        return interventions.latestOn(order.id(), order.supersedesId()).orElse("");
    }

    /** A hold, release or stop means something only to a destination that was told of the order. */
    private boolean heardOf(Destination destination, Prescription order, OrderEvent.Kind kind) {
        if (kind == OrderEvent.Kind.SIGNED || kind == OrderEvent.Kind.VERIFIED) {
            return true;
        }
        return messages.anyAboutOrder(destination.name(), order.lineageId());
    }

    /**
     * MSH-10: unique per message and kept across retries, so a receiver can tell a retry from a new message; the
     * database's own prefix (V6, interface_instance) keeps it unique across databases and reinstalls too.
     */
    static String controlId(String instancePrefix, long outboxId) {
        return instancePrefix + outboxId;
    }

    /** Created once with the database and never changed: read once. */
    private String controlIdPrefix() {
        String prefix = controlIdPrefix;
        if (prefix == null) {
            prefix = messages.controlIdPrefix();
            controlIdPrefix = prefix;
        }
        return prefix;
    }
}
