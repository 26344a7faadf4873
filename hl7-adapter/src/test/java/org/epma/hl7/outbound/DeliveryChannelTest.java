package org.epma.hl7.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.epma.hl7.mllp.DeliveryOutcome;
import org.epma.hl7.mllp.MllpClient;
import org.epma.hl7.mllp.MllpDestination;
import org.epma.hl7.mllp.TestPeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Over a real MLLP socket: a receiver slow for one patient holds up that patient's message only. */
class DeliveryChannelTest {

    private static final Duration PATIENCE = Duration.ofMillis(300);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(3);

    private TestPeer peer;
    private ExecutorService waiters;
    private DeliveryChannel channel;

    static String message(String controlId) {
        return "MSH|^~\\&|EPMA|RXX01|PHARMACY|RXX01|20261123091530+0000||RDE^O11^RDE_O11|" + controlId
                + "|P|2.5.1\rPID|1||H" + controlId + "^^^RXX01^MR||Jones^Mair\r";
    }

    @BeforeEach
    void start() throws IOException {
        peer = new TestPeer();
        waiters = Executors.newCachedThreadPool();
        channel = channel(4);
    }

    private DeliveryChannel channel(int maxWaiting) {
        MllpDestination address = MllpDestination.plain("127.0.0.1", peer.port()).withTimeouts(Duration.ofSeconds(2), ACK_TIMEOUT);
        return new DeliveryChannel(() -> new MllpClient(address), waiters, PATIENCE, maxWaiting);
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        channel.close();
        peer.close();
        waiters.shutdownNow();
        waiters.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void aMessageTheReceiverIsSlowForWaitsWhileOtherPatientsGoOn() throws Exception {
        peer.delay("slow", Duration.ofMillis(1500));
        CompletableFuture<DeliveryOutcome> late = new CompletableFuture<>();
        long started = System.nanoTime();
        assertInstanceOf(DeliveryChannel.Sent.Waiting.class, channel.send(message("slow"), late::complete));
        for (int i = 0; i < 20; i++) {
            DeliveryChannel.Sent sent = channel.send(message("other" + i), outcome -> { });
            DeliveryChannel.Sent.Answered answered = assertInstanceOf(DeliveryChannel.Sent.Answered.class, sent);
            assertInstanceOf(DeliveryOutcome.Delivered.class, answered.outcome());
        }
        long othersDoneMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(othersDoneMillis < 1200, "the other patients did not wait for the slow one: " + othersDoneMillis + " ms");
        assertEquals(1, channel.waiting());
        DeliveryOutcome slowOutcome = late.get(5, TimeUnit.SECONDS);
        assertInstanceOf(DeliveryOutcome.Delivered.class, slowOutcome, "its late AA is still its outcome");
        assertEquals(2, peer.connectionCount(), "one connection kept by the waiting message, one for the rest");
        assertEquals(21, peer.received().size(), "every message sent once");
    }

    @Test
    void aMessageNeverAnsweredIsReportedLateAsNoAnswer() throws Exception {
        peer.delay("hung", Duration.ofSeconds(30));
        CompletableFuture<DeliveryOutcome> late = new CompletableFuture<>();
        assertInstanceOf(DeliveryChannel.Sent.Waiting.class, channel.send(message("hung"), late::complete));
        assertInstanceOf(DeliveryChannel.Sent.Answered.class, channel.send(message("next"), outcome -> { }));
        assertInstanceOf(DeliveryOutcome.NoAnswer.class, late.get(ACK_TIMEOUT.toSeconds() + 3, TimeUnit.SECONDS));
        assertEquals(0, channel.waiting());
    }

    @Test
    void beyondTheMostWaitingTheSenderWaitsItself() throws Exception {
        try (DeliveryChannel oneWaiting = channel(1)) {
            peer.delay("slow1", Duration.ofMillis(800));
            peer.delay("slow2", Duration.ofMillis(800));
            assertInstanceOf(DeliveryChannel.Sent.Waiting.class, oneWaiting.send(message("slow1"), outcome -> { }));
            DeliveryChannel.Sent second = oneWaiting.send(message("slow2"), outcome -> { });
            DeliveryChannel.Sent.Answered answered = assertInstanceOf(DeliveryChannel.Sent.Answered.class, second);
            assertInstanceOf(DeliveryOutcome.Delivered.class, answered.outcome());
        }
    }

    @Test
    void aFastReceiverKeepsOneConnection() {
        for (int i = 0; i < 10; i++) {
            assertInstanceOf(DeliveryChannel.Sent.Answered.class, channel.send(message("m" + i), outcome -> { }));
        }
        assertEquals(1, peer.connectionCount());
        assertEquals(0, channel.waiting());
    }
}
