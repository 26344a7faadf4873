package org.epma.hl7.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.epma.hl7.mllp.DeliveryOutcome;
import org.epma.pharmacy.outbox.Destination;
import org.epma.pharmacy.outbox.Outbox;
import org.epma.pharmacy.outbox.OutboxMessage;

/**
 * Writes what became of a sent message: AA delivers, AE parks with the peer's reason, anything retryable (AR, no
 * answer, no connection) waits with backoff and is parked after the destination's number of tries. The same rules
 * whether the answer came at once (in the sender's batch) or late (to a message that waited apart).
 */
@ApplicationScoped
public class DeliverySettlement {

    private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(5);

    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public DeliverySettlement(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    protected DeliverySettlement() {
        this(null, null);
    }

    /**
     * @param built the payload as first built, to store; null keeps the one stored
     * @return whether the destination could not be reached (no answer, no connection)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean settle(Destination destination, OutboxMessage message, String built, DeliveryOutcome outcome) {
        if (outcome instanceof DeliveryOutcome.Delivered delivered) {
            outbox.delivered(List.of(new Outbox.Delivery(message.id(), built, delivered.ack(), delivered.at())));
        } else if (outcome instanceof DeliveryOutcome.ContentError error) {
            outbox.park(message.id(), built, error.errorText(), error.ack());
        } else if (outcome instanceof DeliveryOutcome.Rejected rejected) {
            retry(destination, message, built, "Rejected (AR): " + rejected.text(), rejected.ack());
        } else if (outcome instanceof DeliveryOutcome.UnexpectedAnswer odd) {
            retry(destination, message, built, odd.reason(), odd.answer());
        } else if (outcome instanceof DeliveryOutcome.NoAnswer silent) {
            retry(destination, message, built, "No acknowledgement within " + silent.waited().toSeconds() + " s", null);
            return true;
        } else if (outcome instanceof DeliveryOutcome.ConnectionFailed failed) {
            retry(destination, message, built, "Connection failed: " + failed.reason(), null);
            return true;
        }
        return false;
    }

    /**
     * The outcome of a message that waited apart, in a transaction of its own; it waits for the row until the batch
     * that sent it has committed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void settleLate(Destination destination, OutboxMessage message, String built, DeliveryOutcome outcome) {
        settle(destination, message, built, outcome);
    }

    private void retry(Destination destination, OutboxMessage message, String payload, String error, String ack) {
        if (message.attempts() + 1 >= destination.maxAttempts()) {
            outbox.park(message.id(), payload, error + " (after " + (message.attempts() + 1) + " tries)", ack);
            return;
        }
        long seconds = Math.min(LONGEST_BACKOFF.toSeconds(), 1L << Math.min(message.attempts(), 16));
        outbox.retryLater(message.id(), payload, error, ack, Instant.now(clock).plusSeconds(seconds));
    }
}
