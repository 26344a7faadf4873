package org.epma.hl7.mllp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.epma.hl7.mllp.DeliveryOutcome.ConnectionFailed;
import org.epma.hl7.mllp.DeliveryOutcome.ContentError;
import org.epma.hl7.mllp.DeliveryOutcome.Delivered;
import org.epma.hl7.mllp.DeliveryOutcome.NoAnswer;
import org.epma.hl7.mllp.DeliveryOutcome.Rejected;
import org.epma.hl7.mllp.DeliveryOutcome.UnexpectedAnswer;
import org.epma.hl7.mllp.TestPeer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MllpClientTest {

    private TestPeer peer;
    private MllpClient client;

    static String message(String controlId, boolean enhanced) {
        String ackModes = enhanced ? "|||AL|AL" : "";
        return "MSH|^~\\&|EPMA|RXX01|PHARMACY|RXX01|20261123091530+0000||RDE^O11^RDE_O11|" + controlId
                + "|P|2.5.1" + ackModes + "\rPID|1||H1234567^^^RXX01^MR||Jones^Mair\r";
    }

    @BeforeEach
    void startPeer() throws IOException {
        peer = new TestPeer();
        client = new MllpClient(MllpDestination.plain("127.0.0.1", peer.port())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400)));
    }

    @AfterEach
    void stopPeer() throws IOException {
        client.close();
        peer.close();
    }

    @Test
    void peerAnsweringAaIsDelivered() {
        DeliveryOutcome outcome = client.send(message("c1", false));
        Delivered delivered = assertInstanceOf(Delivered.class, outcome);
        assertTrue(delivered.ack().contains("MSA|AA|c1"));
        assertFalse(outcome.retryable());
        assertEquals(1, peer.received().size());
        assertTrue(peer.received().get(0).startsWith("MSH|^~\\&|EPMA"));
    }

    @Test
    void oneConnectionCarriesManyMessages() {
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(Delivered.class, client.send(message("c" + i, false)));
        }
        assertEquals(1, peer.connectionCount());
    }

    @Test
    void peerAnsweringAeIsAContentError() {
        peer.answer(Answer.AE, "Unknown product code PARA500TAB");
        ContentError error = assertInstanceOf(ContentError.class, client.send(message("c1", false)));
        assertEquals("Unknown product code PARA500TAB", error.errorText());
        assertTrue(error.ack().contains("MSA|AE|c1"));
        assertFalse(error.retryable());
    }

    @Test
    void peerAnsweringCeIsAContentError() {
        peer.answer(Answer.CE, "Segment sequence wrong");
        assertInstanceOf(ContentError.class, client.send(message("c1", true)));
    }

    @Test
    void peerAnsweringArIsARetryableRejection() {
        peer.answer(Answer.AR, "Pharmacy system is in maintenance");
        Rejected rejected = assertInstanceOf(Rejected.class, client.send(message("c1", false)));
        assertEquals("Pharmacy system is in maintenance", rejected.text());
        assertTrue(rejected.retryable());
    }

    @Test
    void peerAnsweringCrIsARetryableRejection() {
        peer.answer(Answer.CR, "Queue full");
        assertInstanceOf(Rejected.class, client.send(message("c1", true)));
    }

    @Test
    void enhancedModeWaitsForTheApplicationAckAndAcceptsIt() throws InterruptedException {
        peer.answer(Answer.CA_THEN_AA);
        Delivered delivered = assertInstanceOf(Delivered.class, client.send(message("c1", true)));
        assertTrue(delivered.ack().contains("MSA|AA|c1"), "the final ACK is the application ACK");
        waitFor(() -> !peer.repliesToUs().isEmpty());
        String reply = peer.repliesToUs().get(0);
        assertTrue(reply.contains("MSA|CA|app-c1"), reply);
        assertInstanceOf(Delivered.class, client.send(message("c2", true)), "the connection stays in step");
    }

    @Test
    void enhancedModeApplicationErrorIsAContentError() {
        peer.answer(Answer.CA_THEN_AE, "Patient not known to pharmacy");
        ContentError error = assertInstanceOf(ContentError.class, client.send(message("c1", true)));
        assertEquals("Patient not known to pharmacy", error.errorText());
    }

    @Test
    void acceptAckAloneIsDeliveredWhenNoApplicationAckWasAskedFor() {
        peer.answer(Answer.CA_THEN_AA);
        String noApplicationAck = message("c1", false).replace("|P|2.5.1", "|P|2.5.1|||AL|NE");
        Delivered delivered = assertInstanceOf(Delivered.class, client.send(noApplicationAck));
        assertTrue(delivered.ack().contains("MSA|CA|c1"));
    }

    @Test
    void silentPeerIsNoAnswerAndTheNextSendReconnects() {
        peer.answer(Answer.SILENT);
        NoAnswer none = assertInstanceOf(NoAnswer.class, client.send(message("c1", false)));
        assertEquals(Duration.ofMillis(400), none.waited());
        assertTrue(none.retryable());
        assertFalse(client.isConnected());
        peer.answer(Answer.AA);
        assertInstanceOf(Delivered.class, client.send(message("c1", false)));
        assertEquals(2, peer.connectionCount());
    }

    @Test
    void peerClosingTheSocketIsAConnectionFailure() {
        peer.answer(Answer.CLOSE);
        ConnectionFailed failed = assertInstanceOf(ConnectionFailed.class, client.send(message("c1", false)));
        assertTrue(failed.retryable());
        assertFalse(client.isConnected());
    }

    @Test
    void refusedConnectionIsAConnectionFailure() throws IOException {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0)) {
            freePort = probe.getLocalPort();
        }
        try (MllpClient nowhere = new MllpClient(MllpDestination.plain("127.0.0.1", freePort)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)))) {
            ConnectionFailed failed = assertInstanceOf(ConnectionFailed.class, nowhere.send(message("c1", false)));
            assertTrue(failed.reason().contains("could not connect"), failed.reason());
        }
    }

    @Test
    void ackForAnotherControlIdIsNotSuccess() {
        peer.answer(Answer.WRONG_CONTROL_ID);
        UnexpectedAnswer unexpected = assertInstanceOf(UnexpectedAnswer.class, client.send(message("c1", false)));
        assertTrue(unexpected.reason().contains("someone-else"), unexpected.reason());
        assertTrue(unexpected.retryable());
        assertFalse(client.isConnected(), "a connection out of step is dropped");
    }

    @Test
    void unreadableAnswerIsNotSuccess() {
        peer.answer(Answer.GARBAGE);
        assertInstanceOf(UnexpectedAnswer.class, client.send(message("c1", false)));
    }

    @Test
    void peerRestartedOnTheSamePortIsReachedAgain() throws IOException {
        assertInstanceOf(Delivered.class, client.send(message("c1", false)));
        peer.stop();
        DeliveryOutcome whileDown = client.send(message("c2", false));
        assertTrue(whileDown instanceof ConnectionFailed, "got " + whileDown);
        DeliveryOutcome stillDown = client.send(message("c2", false));
        assertInstanceOf(ConnectionFailed.class, stillDown);
        peer.restart();
        assertInstanceOf(Delivered.class, client.send(message("c2", false)));
    }

    @Test
    void aKeptOpenConnectionThePeerDroppedIsReconnectedWithinTheSameSend() throws IOException {
        assertInstanceOf(Delivered.class, client.send(message("c1", false)));
        peer.stop();
        peer.restart();
        DeliveryOutcome afterRestart = client.send(message("c2", false));
        assertInstanceOf(Delivered.class, afterRestart, "a dead idle connection is not a failed try: got " + afterRestart);
        assertEquals(2, peer.connectionCount());
        assertEquals(1, peer.received().stream().filter(m -> m.contains("|c2|")).count(), "c2 arrives once");
    }

    @Test
    void anAnswerSlowerThanThePatienceIsReadLaterFromTheSameConnection() {
        peer.delay("slow", Duration.ofMillis(250));
        assertTrue(client.send(message("slow", false), Duration.ofMillis(50)).isEmpty());
        assertThrows(IllegalStateException.class, () -> client.send(message("next", false), Duration.ofMillis(50)),
                "nothing else goes on a connection with a message in flight");
        Delivered delivered = assertInstanceOf(Delivered.class, client.awaitAnswer());
        assertTrue(delivered.ack().contains("MSA|AA|slow"));
        assertInstanceOf(Delivered.class, client.send(message("next", false), Duration.ofMillis(300)).orElseThrow());
        assertEquals(1, peer.connectionCount());
    }

    @Test
    void anAnswerWithinThePatienceComesAtOnce() {
        assertInstanceOf(Delivered.class, client.send(message("c1", false), Duration.ofMillis(300)).orElseThrow());
    }

    @Test
    void aMessageInFlightThatIsNeverAnsweredIsNoAnswerAfterTheRestOfTheAckTimeout() {
        peer.answer(Answer.SILENT);
        long start = System.nanoTime();
        assertTrue(client.send(message("c1", false), Duration.ofMillis(100)).isEmpty());
        assertInstanceOf(NoAnswer.class, client.awaitAnswer());
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMillis >= 380 && waitedMillis < 2_000, "about the 400 ms ACK timeout in all: " + waitedMillis);
        assertFalse(client.isConnected());
    }

    @Test
    void aKeptOpenConnectionThePeerDroppedIsReconnectedWhenSendingWithPatience() throws IOException {
        assertInstanceOf(Delivered.class, client.send(message("c1", false)));
        peer.stop();
        peer.restart();
        assertInstanceOf(Delivered.class, client.send(message("c2", false), Duration.ofMillis(300)).orElseThrow());
        assertEquals(2, peer.connectionCount());
    }

    @Test
    void aFreshConnectionThatIsDroppedIsStillAFailedTry() {
        peer.answer(Answer.CLOSE);
        assertInstanceOf(ConnectionFailed.class, client.send(message("c1", false)));
        assertEquals(1, peer.connectionCount(), "no second connection for a connection that was new");
        assertInstanceOf(ConnectionFailed.class, client.send(message("c1", false)), "nor for one after a failure");
        assertEquals(2, peer.connectionCount());
    }

    @Test
    void aKeptOpenConnectionDroppedByAPeerThatStaysDownIsOneFailedTry() throws IOException {
        assertInstanceOf(Delivered.class, client.send(message("c1", false)));
        peer.stop();
        ConnectionFailed failed = assertInstanceOf(ConnectionFailed.class, client.send(message("c2", false)));
        assertTrue(failed.reason().contains("could not connect"), failed.reason());
    }

    @Test
    void messageWithoutControlIdIsRefusedBeforeSending() {
        assertThrows(IllegalArgumentException.class, () -> client.send(message("", false)));
        assertThrows(IllegalArgumentException.class, () -> client.send("PID|1"));
        assertTrue(peer.received().isEmpty());
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }
}
