package org.epma.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListeningPortTest {

    @Test
    void namesThePortAndTheSettingThatMovesIt_whenSomethingAlreadyListens() throws IOException {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress("127.0.0.1", 0));
            int busy = other.getLocalPort();
            ListeningPort hl7 = new ListeningPort(busy, "the HL7 listener", "epma.hl7.inbound-port", "EPMA_HL7_INBOUND_PORT");

            assertTrue(hl7.taken());
            assertEquals(Optional.of("port " + busy + " (the HL7 listener) is already in use, perhaps by another ePMA on this"
                            + " machine. Stop that, or move this one with -Depma.hl7.inbound-port=<port> or EPMA_HL7_INBOUND_PORT=<port>."),
                    ListeningPort.firstTaken(List.of(new ListeningPort(0, "off", "a", "A"), hl7)));
        }
    }

    @Test
    void findsNothing_whenThePortsAreFreeOrOff() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        assertFalse(new ListeningPort(0, "off", "a", "A").taken());
        assertEquals(Optional.empty(), ListeningPort.firstTaken(List.of(new ListeningPort(free, "web", "epma.port", "EPMA_PORT"))));
    }
}
