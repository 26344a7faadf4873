package org.epma.pharmacy.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.epma.prescribing.order.OrderEvent;
import org.epma.prescribing.order.Prescription;

/**
 * Writes an outbox row for each destination that wants an order event, in the transaction of the change itself:
 * the change and the promise to tell pharmacy about it commit together or not at all.
 */
@ApplicationScoped
public class OutboxWriter {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final Destinations destinations;
    private final Clock clock;
    private volatile String controlIdPrefix;

    @Inject
    public OutboxWriter(Destinations destinations, Clock clock) {
        this.destinations = destinations;
        this.clock = clock;
    }

    protected OutboxWriter() {
        this(null, null);
    }

    void onOrderEvent(@Observes OrderEvent event) {
        Prescription order = em.find(Prescription.class, event.prescriptionId());
        OrderControl control = OrderControl.of(event.kind(), order.supersedesId() != null);
        OffsetDateTime now = Instant.now(clock).atOffset(ZoneOffset.UTC);
        String reason = null;
        for (Destination destination : destinations.all()) {
            if (!destination.wants(event.kind()) || !heardOf(destination, order, event.kind())) {
                continue;
            }
            if (reason == null) {
                reason = reason(order, control);
            }
            long id = ((Number) em.createNativeQuery("select nextval('outbox_message_id_seq')").getSingleResult()).longValue();
            em.createNativeQuery("insert into outbox_message (id, destination, patient_id, prescription_id, order_control,"
                            + " message_type, control_id, status, created_at, next_attempt_at, event_reason)"
                            + " values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)")
                    .setParameter(1, id).setParameter(2, destination.name()).setParameter(3, order.patientId())
                    .setParameter(4, order.id()).setParameter(5, control.name()).setParameter(6, destination.messageType().name())
                    .setParameter(7, controlId(controlIdPrefix(), id)).setParameter(8, now).setParameter(9, now)
                    .setParameter(10, reason.isEmpty() ? null : reason).executeUpdate();
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
        List<?> notes = em.createNativeQuery("select note from pharmacy_intervention where prescription_id in (?, ?)"
                        + " order by recorded_at desc, id desc limit 1")
                .setParameter(1, order.id()).setParameter(2, order.supersedesId()).getResultList();
        return notes.isEmpty() ? "" : (String) notes.get(0);
    }

    /** A hold, release or stop means something only to a destination that was told of the order. */
    private boolean heardOf(Destination destination, Prescription order, OrderEvent.Kind kind) {
        if (kind == OrderEvent.Kind.SIGNED || kind == OrderEvent.Kind.VERIFIED) {
            return true;
        }
        Number sent = (Number) em.createNativeQuery("select count(*) from outbox_message m join prescription p"
                        + " on p.id = m.prescription_id where m.destination = ? and p.lineage_id = ?")
                .setParameter(1, destination.name()).setParameter(2, order.lineageId()).getSingleResult();
        return sent.longValue() > 0;
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
            prefix = (String) em.createNativeQuery("select control_id_prefix from interface_instance").getSingleResult();
            controlIdPrefix = prefix;
        }
        return prefix;
    }
}
