package org.epma.hl7.mllp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MLLP over TLS against a peer with a self-signed certificate made by the JDK's keytool for this test. */
class MllpClientTlsTest {

    @Test
    void messageIsDeliveredOverTlsToATrustedPeer(@TempDir Path dir) throws Exception {
        SSLContext context = SelfSignedTls.context(dir, "peer");

        try (SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread peer = new Thread(() -> answerOnce(server, Duration.ZERO));
            peer.setDaemon(true);
            peer.start();
            try (MllpClient client = new MllpClient(MllpDestination.plain("127.0.0.1", server.getLocalPort())
                    .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
                    .withTls(context.getSocketFactory()))) {
                DeliveryOutcome outcome = client.send(MllpClientTest.message("tls-1", false));
                DeliveryOutcome.Delivered delivered = assertInstanceOf(DeliveryOutcome.Delivered.class, outcome);
                assertTrue(delivered.ack().contains("MSA|AA|tls-1"));
            }
            peer.join(5_000);
        }
    }

    @Test
    void anAnswerSlowerThanThePatienceIsStillReadOverTls(@TempDir Path dir) throws Exception {
        SSLContext context = SelfSignedTls.context(dir, "peer");

        try (SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread peer = new Thread(() -> answerOnce(server, Duration.ofMillis(600)));
            peer.setDaemon(true);
            peer.start();
            try (MllpClient client = new MllpClient(MllpDestination.plain("127.0.0.1", server.getLocalPort())
                    .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
                    .withTls(context.getSocketFactory()))) {
                assertTrue(client.send(MllpClientTest.message("tls-3", false), Duration.ofMillis(100)).isEmpty(),
                        "no answer has begun within the patience");
                DeliveryOutcome.Delivered delivered = assertInstanceOf(DeliveryOutcome.Delivered.class, client.awaitAnswer());
                assertTrue(delivered.ack().contains("MSA|AA|tls-3"));
            }
            peer.join(5_000);
        }
    }

    @Test
    void peerThatDoesNotSpeakTlsIsAConnectionFailure() throws Exception {
        try (java.net.ServerSocket plain = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread peer = new Thread(() -> {
                try (Socket s = plain.accept()) {
                    s.getOutputStream().write("not a TLS server\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                    // the client gives up on its own
                }
            });
            peer.setDaemon(true);
            peer.start();
            try (MllpClient client = new MllpClient(MllpDestination.plain("127.0.0.1", plain.getLocalPort())
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                    .withTls(SSLContext.getDefault().getSocketFactory()))) {
                DeliveryOutcome outcome = client.send(MllpClientTest.message("tls-2", false));
                assertInstanceOf(DeliveryOutcome.ConnectionFailed.class, outcome);
                assertEquals(false, client.isConnected());
            }
        }
    }

    private static void answerOnce(SSLServerSocket server, Duration delay) {
        try (Socket socket = server.accept()) {
            MllpReader reader = new MllpReader(socket.getInputStream(), StandardCharsets.UTF_8, 1 << 20);
            String message = reader.readFrame().orElseThrow();
            Thread.sleep(delay.toMillis());
            String controlId = TestPeer.field(message, 10);
            new MllpWriter(socket.getOutputStream(), StandardCharsets.UTF_8).writeFrame(
                    "MSH|^~\\&|PHARMACY|RXX01|EPMA|RXX01|20261123091531||ACK^O11^ACK|a1|P|2.5.1\rMSA|AA|" + controlId + "\r");
            reader.readFrame();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
