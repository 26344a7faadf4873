package org.epma.prescribing.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The content of one audit entry. {@link #canonical(long)} is the exact text that is hashed: every field
 * written as its length and its characters, so no value can be shifted into its neighbour unnoticed.
 *
 * @param patients the patients the entry is about (a read names everyone it showed), in ascending order
 *                 without repeats; null for entries that name none, as every entry written before schema
 *                 version 11 does, so their canonical text is what it always was
 */
public record AuditFacts(Instant occurredAt, String actor, String actorRole, AuditAction action,
                         String entityType, String entityId, String before, String after, String reason,
                         List<Long> patients) {

    public AuditFacts {
        // PostgreSQL keeps microseconds; the hash must be over what is stored.
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorRole, "actorRole");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        patients = patients == null ? null : patients.stream().map(Objects::requireNonNull).distinct().sorted().toList();
    }

    public AuditFacts(Instant occurredAt, String actor, String actorRole, AuditAction action, String entityType,
                      String entityId, String before, String after, String reason) {
        this(occurredAt, actor, actorRole, action, entityType, entityId, before, after, reason, null);
    }

    public String canonical(long seq) {
        StringBuilder text = new StringBuilder(256);
        for (String field : new String[] {Long.toString(seq), occurredAt.toString(), actor, actorRole, action.name(),
                entityType, entityId, before, after, reason}) {
            append(text, field);
        }
        if (patients != null) {
            append(text, patientList());
        }
        return text.toString();
    }

    /** The patients as PostgreSQL writes a bigint[] (without its braces): "3,17,42". */
    public String patientList() {
        return patients == null ? null : patients.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static void append(StringBuilder text, String field) {
        if (field == null) {
            text.append("-;");
        } else {
            text.append(field.length()).append(':').append(field).append(';');
        }
    }
}
