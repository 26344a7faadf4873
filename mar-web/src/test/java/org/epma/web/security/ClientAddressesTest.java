package org.epma.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindTwoProxies = new ClientAddresses(List.of("10.1.0.1", " 10.1.0.2 "));

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertEquals("192.0.2.7", new ClientAddresses(List.of()).of("192.0.2.7", "203.0.113.9"));
    }

    @Test
    void aRequestFromATrustedProxyIsCountedForTheClientTheProxyNamed() {
        assertEquals("203.0.113.9", behindTwoProxies.of("10.1.0.1", "203.0.113.9"));
        assertEquals("203.0.113.9", behindTwoProxies.of("10.1.0.1", "203.0.113.9, 10.1.0.2"));
    }

    @Test
    void aClientCannotChooseItsAddressByWritingTheHeaderItself() {
        // the client sent "X-Forwarded-For: 198.51.100.1"; the proxy appended the address it saw
        assertEquals("203.0.113.9", behindTwoProxies.of("10.1.0.1", "198.51.100.1, 203.0.113.9"));
        // straight to the application, not through a proxy: the header is not believed
        assertEquals("203.0.113.9", behindTwoProxies.of("203.0.113.9", "198.51.100.1"));
    }

    @Test
    void aMissingOrNonsenseHeaderFallsBackToTheProxysAddress() {
        assertEquals("10.1.0.1", behindTwoProxies.of("10.1.0.1", null));
        assertEquals("10.1.0.1", behindTwoProxies.of("10.1.0.1", " , "));
        assertEquals("10.1.0.1", behindTwoProxies.of("10.1.0.1", "x".repeat(200)));
    }
}
