package org.epma.hl7.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ContentDigestTest {

    @Test
    void aResendStampedWithANewSendTimeOrOtherLineEndsIsTheSameContent() {
        String first = Messages.admitA01();
        String resent = first.replace("20261123101500", "20261123102959").replace("\r", "\r\n");
        assertEquals(ContentDigest.of(first), ContentDigest.of(resent));
    }

    @Test
    void anyOtherDifferenceIsADifferentMessage() {
        String first = Messages.admitA01();
        assertNotEquals(ContentDigest.of(first), ContentDigest.of(first.replace("WARD7", "WARD8")));
        assertNotEquals(ContentDigest.of(first), ContentDigest.of(first.replace("ADT^A01^ADT_A01", "ADT^A08^ADT_A01")));
    }
}
