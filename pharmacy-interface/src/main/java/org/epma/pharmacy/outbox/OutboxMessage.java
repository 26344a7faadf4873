package org.epma.pharmacy.outbox;

import java.time.Instant;

/**
 * One order event on its way to one destination. {@code payload} is the message as first built, reused on every retry;
 * {@code createdAt} is when the event happened and {@code eventReason} why (null when no reason was given).
 * {@code dischargeItemId} names the medicine of a discharge prescription whose supply this message asks for (the order
 * {@code prescriptionId} is the version it goes home as); null for a message about an inpatient order.
 */
public record OutboxMessage(long id, String destination, long patientId, long prescriptionId, OrderControl control,
                            MessageType type, String controlId, OutboxStatus status, int attempts, Instant createdAt,
                            Instant nextAttemptAt, String payload, String lastError, String ack, Instant deliveredAt,
                            Instant parkedAt, String eventReason, Long dischargeItemId) {

    /** A discharge prescription's supply rather than the inpatient order itself. */
    public boolean dischargeSupply() {
        return dischargeItemId != null;
    }
}
