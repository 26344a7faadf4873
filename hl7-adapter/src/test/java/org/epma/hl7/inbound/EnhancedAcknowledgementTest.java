package org.epma.hl7.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.epma.hl7.mllp.DeliveryOutcome;
import org.epma.hl7.mllp.MllpClient;
import org.epma.hl7.mllp.MllpDestination;
import org.epma.hl7.mllp.MllpReader;
import org.epma.hl7.mllp.MllpWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MSH-15/16 on the listener: an accept ACK, then the application ACK, as the sender asked. */
class EnhancedAcknowledgementTest {

    private final RecordingHandler handler = new RecordingHandler();
    private InboundListener listener;
    private Socket socket;
    private MllpReader reader;
    private MllpWriter writer;

    @BeforeEach
    void start() throws IOException {
        listener = new InboundListener(ListenerSettings.onPort(0).withBindAddress("127.0.0.1"), handler);
        listener.start();
        socket = new Socket("127.0.0.1", listener.port());
        socket.setSoTimeout(3_000);
        reader = new MllpReader(socket.getInputStream(), StandardCharsets.UTF_8, 1 << 20);
        writer = new MllpWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() throws IOException {
        socket.close();
        listener.close();
    }

    private static String enhanced(String message, String accept, String application) {
        return message.replaceFirst("\\|P\\|2\\.5\\.1\r", "|P|2.5.1|||" + accept + "|" + application + "\r");
    }

    private WireAck next() throws IOException {
        return new WireAck(reader.readFrame().orElseThrow());
    }

    @Test
    void alwaysAndAlwaysGetsCaThenTheApplicationAckWhichWantsNoAcceptAck() throws IOException {
        writer.writeFrame(enhanced(Messages.admitA01(), "AL", "AL"));
        WireAck accept = next();
        assertEquals("CA", accept.code(), accept.toString());
        assertEquals("adt-1", accept.field("MSA", 2));
        WireAck application = next();
        assertEquals("AA", application.code(), application.toString());
        assertEquals("adt-1", application.field("MSA", 2));
        assertEquals("NE", application.field("MSH", 15));
        assertEquals(1, handler.adt.size());

        // a sender that accepts our application ACK anyway is not answered, and the connection goes on
        writer.writeFrame("MSH|^~\\&|PAS|RXX01|EPMA|RXX01|20261123101501||ACK|c-1|P|2.5.1\rMSA|CA|"
                + application.field("MSH", 10) + "\r");
        writer.writeFrame(Messages.admitA01().replace("adt-1", "adt-2"));
        WireAck original = next();
        assertEquals("AA", original.code(), "the next frame answers the next message: " + original);
        assertEquals("adt-2", original.field("MSA", 2));
    }

    @Test
    void contentRefusedIsCaThenAe() throws IOException {
        handler.refusal = new MessageRefused(Hl7ErrorCode.UNKNOWN_KEY_IDENTIFIER, "Ward WARD7 is not known.");
        writer.writeFrame(enhanced(Messages.admitA01(), "AL", "AL"));
        assertEquals("CA", next().code());
        WireAck application = next();
        assertEquals("AE", application.code());
        assertEquals("204", application.errorCode());
    }

    @Test
    void aMessageNotTakenIsCrWithNoApplicationAck() throws IOException {
        handler.failure = new IllegalStateException("database down");
        writer.writeFrame(enhanced(Messages.admitA01(), "AL", "AL"));
        WireAck accept = next();
        assertEquals("CR", accept.code(), accept.toString());
        assertEquals("207", accept.errorCode());
        assertNoFrame();
    }

    @Test
    void errorOnlyConditionsSendNothingForAMessageApplied() throws IOException {
        writer.writeFrame(enhanced(Messages.admitA01(), "ER", "ER"));
        assertNoFrame();
        assertEquals(1, handler.adt.size(), "applied, and as asked, not acknowledged");
    }

    private void assertNoFrame() throws IOException {
        socket.setSoTimeout(500);
        try {
            reader.readFrame();
            throw new AssertionError("no frame expected");
        } catch (SocketTimeoutException expected) {
            // nothing more was sent
        }
    }

    @Test
    void ourOwnClientInEnhancedModeIsDelivered() {
        try (MllpClient client = new MllpClient(MllpDestination.plain("127.0.0.1", listener.port())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3)))) {
            DeliveryOutcome outcome = client.send(enhanced(Messages.admitA01().replace("adt-1", "adt-9"), "AL", "AL"));
            DeliveryOutcome.Delivered delivered = assertInstanceOf(DeliveryOutcome.Delivered.class, outcome);
            assertTrue(delivered.ack().contains("MSA|AA|adt-9"), delivered.ack());
        }
    }
}
