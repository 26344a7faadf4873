package org.epma.prescribing.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The content of one audit entry. {@link #canonical(long)} is the exact text that is hashed: every field
 * written as its length and its characters, so no value can be shifted into its neighbour unnoticed.
 */
public record AuditFacts(Instant occurredAt, String actor, String actorRole, AuditAction action,
                         String entityType, String entityId, String before, String after, String reason) {

    public AuditFacts {
        // PostgreSQL keeps microseconds; the hash must be over what is stored.
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorRole, "actorRole");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
    }

    public String canonical(long seq) {
        StringBuilder text = new StringBuilder(256);
        for (String field : new String[] {Long.toString(seq), occurredAt.toString(), actor, actorRole, action.name(),
                entityType, entityId, before, after, reason}) {
            if (field == null) {
                text.append("-;");
            } else {
                text.append(field.length()).append(':').append(field).append(';');
            }
        }
        return text.toString();
    }
}
