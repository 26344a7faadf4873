package org.epma.hl7.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the records refuse becomes an answer to the sender: a value the database cannot store is an AE, not an AR 207. */
class HospitalInboundHandlerTest {

    private static final MessageOrigin ORIGIN = new MessageOrigin("rds-1", "PHARMACY", "RXX01", "RDS^O13", "2.5.1",
            Instant.parse("2026-11-23T10:15:00Z"), "0".repeat(64));

    /** Records that fail as the database does, at the commit after the method returned. */
    private static HospitalInboundHandler failingWith(RuntimeException failure) {
        return new HospitalInboundHandler(new InboundApplication() {
            @Override
            public Receipt apply(List<DispenseEvent> dispenses, MessageOrigin origin) {
                throw failure;
            }
        });
    }

    @Test
    void aValueTooLongForItsColumnIsAnAeDataTypeError() {
        RuntimeException atCommit = new RuntimeException("commit failed", new PersistenceException(
                new SQLException("value too long for type character varying(60)", "22001")));
        MessageRefused refused = assertThrows(MessageRefused.class, () -> failingWith(atCommit).onDispense(List.of(), ORIGIN));
        assertEquals(Hl7ErrorCode.DATA_TYPE_ERROR, refused.code());
    }

    @Test
    void aNulTheDatabaseCannotStoreIsAnAeDataTypeError() {
        RuntimeException nul = new PersistenceException(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        assertEquals(Hl7ErrorCode.DATA_TYPE_ERROR,
                assertThrows(MessageRefused.class, () -> failingWith(nul).onDispense(List.of(), ORIGIN)).code());
    }

    @Test
    void aFailureThatMayPassIsLeftForTheAr207() {
        RuntimeException deadlock = new PersistenceException(new SQLException("deadlock detected", "40P01"));
        assertSame(deadlock, assertThrows(PersistenceException.class, () -> failingWith(deadlock).onDispense(List.of(), ORIGIN)));
    }
}
