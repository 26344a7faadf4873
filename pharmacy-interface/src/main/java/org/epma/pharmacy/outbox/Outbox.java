package org.epma.pharmacy.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.NotFoundException;

/**
 * The outbox table. A sender claims due messages with {@code FOR UPDATE SKIP LOCKED} inside its own transaction
 * and keeps the rows locked while it sends them, so however many threads or instances send, each message goes
 * once; a message waits while an earlier message of the same patient to the same destination is undelivered.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxMessages messages;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public Outbox(OutboxMessages messages, AuditTrail audit, Clock clock) {
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    protected Outbox() {
        this(null, null, null);
    }

    /** Due messages of one destination, at most one per patient, locked until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OutboxMessage> claim(String destination, int limit) {
        return messages.claimDue(destination, clock.instant(), limit);
    }

    /** A message the peer accepted (AA): its payload as first built (null: keep the stored one), the ACK, and when. */
    public record Delivery(long id, String payload, String ack, Instant at) {
    }

    /** Several deliveries settled together, in one round trip to the database. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(List<Delivery> deliveries) {
        messages.delivered(deliveries);
    }

    /** A try that failed for a reason outside the message (AR, no answer, no connection): try again at {@code next}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retryLater(long id, String payload, String error, String ack, Instant next) {
        messages.retryLater(id, payload, error, ack, next);
    }

    /**
     * Sent, its acknowledgement slow to come and waited for apart: no sender claims it (nor the patient's later
     * messages) until {@code until}, by when its outcome is written; if this instance stops first, it is sent again then.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitingAcknowledgement(long id, String payload, Instant until) {
        messages.awaitingAcknowledgement(id, payload, until);
    }

    /** Parked: the destination refused the content (AE) or every try failed; a person looks, fixes, re-sends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void park(long id, String payload, String error, String ack) {
        messages.park(id, payload, error, ack, clock.instant());
    }

    /** Puts a parked message back in line, with the same control id, once the cause has been put right. */
    @Transactional
    public OutboxMessage resend(long id, Actor by) {
        OutboxMessage message = get(id);
        if (message.status() != OutboxStatus.PARKED) {
            throw new ConflictException(OutboxSentence.ONLY_PARKED_RESENT.with(message.status().term()),
                    "Only a parked message can be re-sent; this one is " + message.status().name().toLowerCase() + ".");
        }
        messages.requeue(id, clock.instant());
        audit.record(by, AuditAction.CHANGED, "OutboxMessage", id, "{\"status\":\"PARKED\"}", "{\"status\":\"PENDING\"}",
                "re-sent to " + message.destination() + " after: " + message.lastError());
        return get(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OutboxMessage get(long id) {
        return messages.find(id).orElseThrow(() -> new NotFoundException("interface message", id));
    }

    /** Messages for the interface screen: of one status (or all), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxMessage> list(OutboxStatus status, int limit) {
        return messages.newestFirst(status, limit);
    }

    /** The messages sent (or waiting) about every version of an order, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxMessage> ofOrder(long lineageId) {
        return messages.ofOrder(lineageId);
    }
}
