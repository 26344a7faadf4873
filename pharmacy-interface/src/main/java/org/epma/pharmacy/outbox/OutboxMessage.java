package org.epma.pharmacy.outbox;

import java.time.Instant;

/**
 * One order event on its way to one destination. {@code payload} is the message as first built, reused on every retry;
 * {@code createdAt} is when the event happened and {@code eventReason} why (null when no reason was given).
 */
public record OutboxMessage(long id, String destination, long patientId, long prescriptionId, OrderControl control,
                            MessageType type, String controlId, OutboxStatus status, int attempts, Instant createdAt,
                            Instant nextAttemptAt, String payload, String lastError, String ack, Instant deliveredAt,
                            Instant parkedAt, String eventReason) {
}
