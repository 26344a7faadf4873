package org.epma.pharmacy.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.epma.prescribing.order.OrderEvent;
import org.junit.jupiter.api.Test;

class OrderControlTest {

    @Test
    void aSignedOrVerifiedFirstVersionIsANewOrder() {
        assertEquals(OrderControl.NW, OrderControl.of(OrderEvent.Kind.SIGNED, false));
        assertEquals(OrderControl.NW, OrderControl.of(OrderEvent.Kind.VERIFIED, false));
    }

    @Test
    void aSignedOrVerifiedVersionReplacingAnotherIsAChange() {
        assertEquals(OrderControl.XO, OrderControl.of(OrderEvent.Kind.SIGNED, true));
        assertEquals(OrderControl.XO, OrderControl.of(OrderEvent.Kind.VERIFIED, true));
    }

    @Test
    void holdReleaseStopAndCompletionKeepTheirCodesWhateverTheVersion() {
        for (boolean replaces : new boolean[] {false, true}) {
            assertEquals(OrderControl.HD, OrderControl.of(OrderEvent.Kind.SUSPENDED, replaces));
            assertEquals(OrderControl.RL, OrderControl.of(OrderEvent.Kind.RESUMED, replaces));
            assertEquals(OrderControl.DC, OrderControl.of(OrderEvent.Kind.DISCONTINUED, replaces));
            assertEquals(OrderControl.SC, OrderControl.of(OrderEvent.Kind.COMPLETED, replaces));
        }
    }

    @Test
    void theControlIdIsTheDatabasesPrefixFollowedByTheOutboxId() {
        assertEquals("ABCDEFGH42", OutboxWriter.controlId("ABCDEFGH", 42));
    }
}
