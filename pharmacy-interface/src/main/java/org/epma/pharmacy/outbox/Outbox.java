package org.epma.pharmacy.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.time.InstantColumn;

/**
 * The outbox table. A sender claims due messages with {@code FOR UPDATE SKIP LOCKED} inside its own transaction
 * and keeps the rows locked while it sends them, so however many threads or instances send, each message goes
 * once; a message waits while an earlier message of the same patient to the same destination is undelivered.
 */
@ApplicationScoped
public class Outbox {

    private static final String COLUMNS = "id, destination, patient_id, prescription_id, order_control, message_type,"
            + " control_id, status, attempts, created_at, next_attempt_at, payload, last_error, ack, delivered_at, parked_at, event_reason";

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public Outbox(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    protected Outbox() {
        this(null, null);
    }

    /** Due messages of one destination, at most one per patient, locked until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OutboxMessage> claim(String destination, int limit) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from outbox_message o where o.status = 'PENDING'"
                        + " and o.destination = ? and o.next_attempt_at <= ?"
                        // the patient's oldest undelivered message; as a scalar subquery it is one index probe a row,
                        // where NOT EXISTS let the planner scan every undelivered row per row after a bulk insert
                        + " and o.id = (select min(e.id) from outbox_message e where e.destination = o.destination"
                        + " and e.patient_id = o.patient_id and e.status <> 'DELIVERED')"
                        + " order by o.id limit ? for update skip locked")
                .setParameter(1, destination).setParameter(2, now()).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> message((Object[]) r)).toList();
    }

    /** A message the peer accepted (AA): its payload as first built (null: keep the stored one), the ACK, and when. */
    public record Delivery(long id, String payload, String ack, Instant at) {
    }

    /**
     * Several deliveries written in one statement: a sender settles a batch with one round trip to the database rather
     * than one a message, which halved the outbox's throughput against the bare client (bench-hl7).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("update outbox_message o set status = 'DELIVERED', attempts = o.attempts + 1,"
                + " payload = coalesce(v.payload, o.payload), ack = v.ack, delivered_at = v.at, last_error = null from (values ");
        Object[] values = new Object[deliveries.size() * 4];
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery d = deliveries.get(i);
            sql.append(i == 0 ? "" : ", ").append("(?::bigint, ?::text, ?::text, ?::timestamptz)");
            values[i * 4] = d.id();
            values[i * 4 + 1] = d.payload();
            values[i * 4 + 2] = d.ack();
            values[i * 4 + 3] = d.at().atOffset(ZoneOffset.UTC);
        }
        update(sql.append(") as v(id, payload, ack, at) where o.id = v.id").toString(), values);
    }

    /** A try that failed for a reason outside the message (AR, no answer, no connection): try again at {@code next}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retryLater(long id, String payload, String error, String ack, Instant next) {
        update("update outbox_message set attempts = attempts + 1, payload = coalesce(?, payload), last_error = ?, ack = ?,"
                + " next_attempt_at = ? where id = ?", payload, error, ack, next.atOffset(ZoneOffset.UTC), id);
    }

    /**
     * Sent, its acknowledgement slow to come and waited for apart: no sender claims it (nor the patient's later
     * messages) until {@code until}, by when its outcome is written; if this instance stops first, it is sent again then.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitingAcknowledgement(long id, String payload, Instant until) {
        update("update outbox_message set payload = coalesce(?, payload), next_attempt_at = ? where id = ?", payload,
                until.atOffset(ZoneOffset.UTC), id);
    }

    /** Parked: the destination refused the content (AE) or every try failed; a person looks, fixes, re-sends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void park(long id, String payload, String error, String ack) {
        update("update outbox_message set status = 'PARKED', attempts = attempts + 1, payload = coalesce(?, payload),"
                + " last_error = ?, ack = ?, parked_at = ? where id = ?", payload, error, ack, now(), id);
    }

    /** Puts a parked message back in line, with the same control id, once the cause has been put right. */
    @Transactional
    public OutboxMessage resend(long id, Actor by) {
        OutboxMessage message = get(id);
        if (message.status() != OutboxStatus.PARKED) {
            throw new ConflictException("Only a parked message can be re-sent; this one is " + message.status().name().toLowerCase() + ".");
        }
        update("update outbox_message set status = 'PENDING', attempts = 0, next_attempt_at = ?, parked_at = null where id = ?",
                now(), id);
        audit.record(by, AuditAction.CHANGED, "OutboxMessage", id, "{\"status\":\"PARKED\"}", "{\"status\":\"PENDING\"}",
                "re-sent to " + message.destination() + " after: " + message.lastError());
        return get(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OutboxMessage get(long id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from outbox_message where id = ?").setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("interface message", id);
        }
        return message((Object[]) rows.get(0));
    }

    /** Messages for the interface screen: of one status (or all), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxMessage> list(OutboxStatus status, int limit) {
        var query = em.createNativeQuery("select " + COLUMNS + " from outbox_message"
                + (status == null ? "" : " where status = ?") + " order by id desc limit " + Math.max(1, Math.min(limit, 500)));
        if (status != null) {
            query.setParameter(1, status.name());
        }
        return query.getResultList().stream().map(r -> message((Object[]) r)).toList();
    }

    /** The messages sent (or waiting) about every version of an order, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxMessage> ofOrder(long lineageId) {
        return em.createNativeQuery("select " + COLUMNS + " from outbox_message"
                        + " where prescription_id in (select id from prescription where lineage_id = ?) order by id")
                .setParameter(1, lineageId).getResultList().stream().map(r -> message((Object[]) r)).toList();
    }

    private void update(String sql, Object... values) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        query.executeUpdate();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static OutboxMessage message(Object[] r) {
        return new OutboxMessage(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                OrderControl.valueOf((String) r[4]), MessageType.valueOf((String) r[5]), (String) r[6],
                OutboxStatus.valueOf((String) r[7]), ((Number) r[8]).intValue(), InstantColumn.read(r[9]),
                InstantColumn.read(r[10]), (String) r[11], (String) r[12], (String) r[13], InstantColumn.read(r[14]),
                InstantColumn.read(r[15]), (String) r[16]);
    }
}
