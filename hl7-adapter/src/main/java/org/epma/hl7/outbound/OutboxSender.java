package org.epma.hl7.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.epma.hl7.mllp.DeliveryOutcome;
import org.epma.pharmacy.outbox.Destination;
import org.epma.pharmacy.outbox.MessageType;
import org.epma.pharmacy.outbox.Outbox;
import org.epma.pharmacy.outbox.OutboxMessage;

/**
 * Sends one batch of due outbox messages to one destination, in one transaction that keeps the claimed rows locked
 * until their outcome is written (see {@link DeliverySettlement}). A message whose acknowledgement is slow waits apart
 * ({@link DeliveryChannel}): its row is set aside until the ACK timeout has surely passed, the batch goes on with the
 * other patients, and its outcome is written when it comes.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    /** Beyond the ACK timeout, how long a message waiting apart stays set aside before another sender may send it again. */
    private static final Duration WAITING_MARGIN = Duration.ofSeconds(30);

    private final Outbox outbox;
    private final PharmacyOrderFactory orders;
    private final DeliverySettlement settlement;
    private final Clock clock;

    /** One sender thread's own connections and builders: none of them may be shared between threads. */
    public record Channel(Destination destination, DeliveryChannel delivery, RdeO11Builder rde, OmpO09Builder omp,
                          SendingSystem sender) {
    }

    /** How a batch went: how many messages it settled, and whether the destination could not be reached. */
    public record BatchResult(int settled, boolean destinationUnavailable) {
    }

    @Inject
    public OutboxSender(Outbox outbox, PharmacyOrderFactory orders, DeliverySettlement settlement, Clock clock) {
        this.outbox = outbox;
        this.orders = orders;
        this.settlement = settlement;
        this.clock = clock;
    }

    protected OutboxSender() {
        this(null, null, null, null);
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
        // the batch's rows stay locked until it commits, so writing its deliveries together at the end changes nothing
        // another transaction can see, and saves a round trip to the database per message
        List<Outbox.Delivery> delivered = new ArrayList<>();
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
            DeliveryChannel.Sent sent = channel.delivery().send(payload, late -> settleLate(channel.destination(), message, built, late));
            settled++;
            if (sent instanceof DeliveryChannel.Sent.Waiting) {
                outbox.awaitingAcknowledgement(message.id(), built,
                        Instant.now(clock).plus(channel.destination().ackTimeout()).plus(WAITING_MARGIN));
                continue;
            }
            DeliveryOutcome outcome = ((DeliveryChannel.Sent.Answered) sent).outcome();
            if (outcome instanceof DeliveryOutcome.Delivered accepted) {
                delivered.add(new Outbox.Delivery(message.id(), built, accepted.ack(), accepted.at()));
            } else if (settlement.settle(channel.destination(), message, built, outcome)) {
                outbox.delivered(delivered);
                return new BatchResult(settled, true);
            }
        }
        outbox.delivered(delivered);
        return new BatchResult(settled, false);
    }

    private void settleLate(Destination destination, OutboxMessage message, String built, DeliveryOutcome outcome) {
        try {
            settlement.settleLate(destination, message, built, outcome);
        } catch (RuntimeException e) {
            // the row stays set aside until its time passes, then it is sent again with the same control id
            LOG.log(Level.WARNING, "Could not record the late outcome of outbox message " + message.id() + ": " + outcome, e);
        }
    }
}
