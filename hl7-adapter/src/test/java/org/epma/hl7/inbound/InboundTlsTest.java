package org.epma.hl7.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import org.epma.hl7.mllp.DeliveryOutcome;
import org.epma.hl7.mllp.MllpClient;
import org.epma.hl7.mllp.MllpDestination;
import org.epma.hl7.mllp.SelfSignedTls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listener over TLS, with a self-signed key made by the JDK's keytool for this test. */
class InboundTlsTest {

    @Test
    void anAdmissionSentOverTlsIsAppliedAndAPlainConnectionOrASilentOneIsDroppedInSeconds(@TempDir Path dir) throws Exception {
        SSLContext context = SelfSignedTls.context(dir, "listener");
        RecordingHandler handler = new RecordingHandler();
        try (InboundListener listener = new InboundListener(ListenerSettings.onPort(0).withBindAddress("127.0.0.1")
                .withFrameTimeout(Duration.ofSeconds(1)).withTls(context.getServerSocketFactory()), handler)) {
            listener.start();
            try (MllpClient client = new MllpClient(MllpDestination.plain("127.0.0.1", listener.port())
                    .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(5)).withTls(context.getSocketFactory()))) {
                DeliveryOutcome outcome = client.send(Messages.admitA01());
                assertInstanceOf(DeliveryOutcome.Delivered.class, outcome, outcome.toString());
                assertEquals(1, handler.adt.size());
            }
            try (Socket plain = new Socket("127.0.0.1", listener.port())) {
                plain.setSoTimeout(5_000);
                plain.getOutputStream().write(("\u000bMSH|^~\\&|PAS|RXX01|EPMA|RXX01|20261123101500||ADT^A01^ADT_A01|p-1|P|2.5.1\r"
                        + "\u001c\r").getBytes(StandardCharsets.US_ASCII));
                InputStream in = plain.getInputStream();
                int b;
                do {
                    b = in.read();
                } while (b != -1 && b != 0x0B);
                assertEquals(-1, b, "no MLLP answer to a plain-text peer on a TLS port");
            }
            try (Socket silent = new Socket("127.0.0.1", listener.port())) {
                silent.setSoTimeout(5_000);
                long started = System.nanoTime();
                // at most a TLS alert record, then the close
                byte[] before = silent.getInputStream().readAllBytes();
                assertTrue(before.length == 0 || before[0] == 21, "only a TLS alert before the close");
                assertTrue((System.nanoTime() - started) / 1_000_000 < 4_000);
            }
            assertEquals(1, handler.adt.size(), "only the message over TLS was applied");
        }
    }
}
