package org.epma.prescribing.time;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a timestamptz. The JPA provider would otherwise serialise Instant as
 * bytes; OffsetDateTime in UTC is what the PostgreSQL driver binds to timestamptz exactly.
 */
@Converter(autoApply = true)
public class InstantColumn implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }

    /** A timestamptz as a native query returns it (an OffsetDateTime or a Timestamp, by driver path), as an Instant. */
    public static Instant read(Object column) {
        if (column instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return column instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) column;
    }
}
