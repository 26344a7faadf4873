package org.epma.hl7.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.epma.hl7.mllp.DeliveryOutcome;
import org.epma.hl7.mllp.MllpClient;
import org.epma.pharmacy.outbox.Destination;
import org.epma.pharmacy.outbox.MessageType;
import org.epma.pharmacy.outbox.Outbox;
import org.epma.pharmacy.outbox.OutboxMessage;

/**
 * Sends one batch of due outbox messages to one destination, in one transaction that keeps the claimed rows locked
 * until their outcome is written: AA delivers, AE parks with the peer's reason, anything retryable (AR, no answer,
 * no connection) waits with backoff and is parked after the destination's number of tries.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(5);

    private final Outbox outbox;
    private final PharmacyOrderFactory orders;
    private final Clock clock;

    /** One sender thread's own connection and builders: none of them may be shared between threads. */
    public record Channel(Destination destination, MllpClient client, RdeO11Builder rde, OmpO09Builder omp, SendingSystem sender) {
    }

    /** How a batch went: how many messages it settled, and whether the destination could not be reached. */
    public record BatchResult(int settled, boolean destinationUnavailable) {
    }

    @Inject
    public OutboxSender(Outbox outbox, PharmacyOrderFactory orders, Clock clock) {
        this.outbox = outbox;
        this.orders = orders;
        this.clock = clock;
    }

    protected OutboxSender() {
        this(null, null, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public BatchResult sendDue(Channel channel, int limit) {
        List<OutboxMessage> due = outbox.claim(channel.destination().name(), limit);
        if (due.isEmpty()) {
            return new BatchResult(0, false);
        }
        List<OutboxMessage> unbuilt = due.stream().filter(m -> m.payload() == null).toList();
        PharmacyOrderFactory.Batch batch = unbuilt.isEmpty() ? new PharmacyOrderFactory.Batch(Map.of(), Map.of())
                : orders.orders(unbuilt, channel.destination(), channel.sender());
        int settled = 0;
        for (OutboxMessage message : due) {
            String payload = message.payload();
            if (payload == null) {
                try {
                    PharmacyOrder order = batch.orders().get(message.id());
                    if (order == null) {
                        throw new IllegalStateException(batch.unbuildable().get(message.id()));
                    }
                    payload = message.type() == MessageType.RDE_O11 ? channel.rde().build(order) : channel.omp().build(order);
                } catch (IllegalArgumentException | IllegalStateException cannotBuild) {
                    outbox.park(message.id(), null, "The message could not be built: " + cannotBuild.getMessage(), null);
                    settled++;
                    continue;
                }
            }
            // stored with the outcome, in one update; null keeps the payload already stored
            String built = message.payload() == null ? payload : null;
            DeliveryOutcome outcome = channel.client().send(payload);
            settled++;
            if (outcome instanceof DeliveryOutcome.Delivered delivered) {
                outbox.delivered(message.id(), built, delivered.ack());
            } else if (outcome instanceof DeliveryOutcome.ContentError error) {
                outbox.park(message.id(), built, error.errorText(), error.ack());
            } else if (outcome instanceof DeliveryOutcome.Rejected rejected) {
                retry(channel, message, built, "Rejected (AR): " + rejected.text(), rejected.ack());
            } else if (outcome instanceof DeliveryOutcome.UnexpectedAnswer odd) {
                retry(channel, message, built, odd.reason(), odd.answer());
            } else if (outcome instanceof DeliveryOutcome.NoAnswer silent) {
                retry(channel, message, built, "No acknowledgement within " + silent.waited().toSeconds() + " s", null);
                return new BatchResult(settled, true);
            } else if (outcome instanceof DeliveryOutcome.ConnectionFailed failed) {
                retry(channel, message, built, "Connection failed: " + failed.reason(), null);
                return new BatchResult(settled, true);
            }
        }
        return new BatchResult(settled, false);
    }

    private void retry(Channel channel, OutboxMessage message, String payload, String error, String ack) {
        if (message.attempts() + 1 >= channel.destination().maxAttempts()) {
            outbox.park(message.id(), payload, error + " (after " + (message.attempts() + 1) + " tries)", ack);
            return;
        }
        long seconds = Math.min(LONGEST_BACKOFF.toSeconds(), 1L << Math.min(message.attempts(), 16));
        outbox.retryLater(message.id(), payload, error, ack, Instant.now(clock).plusSeconds(seconds));
    }
}
