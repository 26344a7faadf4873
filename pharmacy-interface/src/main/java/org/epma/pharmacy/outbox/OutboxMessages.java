package org.epma.pharmacy.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox's messages, as stored: written with the order event, claimed and settled by the senders. */
public interface OutboxMessages {

    /** A message about to be written: pending, due at once; {@code dischargeItemId} as in {@link OutboxMessage}. */
    record NewMessage(long id, String destination, long patientId, long prescriptionId, OrderControl control,
                      MessageType type, String controlId, Instant createdAt, String eventReason, Long dischargeItemId) {

        /** About an inpatient order. */
        public NewMessage(long id, String destination, long patientId, long prescriptionId, OrderControl control,
                          MessageType type, String controlId, Instant createdAt, String eventReason) {
            this(id, destination, patientId, prescriptionId, control, type, controlId, createdAt, eventReason, null);
        }
    }

    /** A fresh id for a new message, so its control id can be written with it. */
    long nextId();

    void add(NewMessage message);

    /** The prefix of this database's control ids (interface_instance), made once with the database. */
    String controlIdPrefix();

    /** Whether a message about any version of the order (not its discharge supply) has been written for the destination. */
    boolean anyAboutOrder(String destination, long lineageId);

    /**
     * Pending messages of the destination due by {@code now}, the oldest undelivered of each patient only, oldest
     * first, at most {@code limit}; locked (FOR UPDATE SKIP LOCKED) until the caller's transaction ends.
     */
    List<OutboxMessage> claimDue(String destination, Instant now, int limit);

    void delivered(List<Outbox.Delivery> deliveries);

    void retryLater(long id, String payload, String error, String ack, Instant next);

    void awaitingAcknowledgement(long id, String payload, Instant until);

    void park(long id, String payload, String error, String ack, Instant at);

    /** Pending again, due at {@code at}, with no tries counted. */
    void requeue(long id, Instant at);

    Optional<OutboxMessage> find(long id);

    /** Of one status (or all when null), newest first, at most {@code limit} (1 to 500). */
    List<OutboxMessage> newestFirst(OutboxStatus status, int limit);

    /** About any version of the order, oldest first. */
    List<OutboxMessage> ofOrder(long lineageId);
}
