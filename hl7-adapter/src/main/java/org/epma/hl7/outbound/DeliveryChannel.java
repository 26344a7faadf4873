package org.epma.hl7.outbound;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.epma.hl7.mllp.DeliveryOutcome;
import org.epma.hl7.mllp.MllpClient;

/**
 * One sender thread's way to one destination, such that a slow receiver holds up only the patient it is slow for. A
 * message whose acknowledgement has not come within the patience (a second or two, far below the ACK timeout) is left
 * to wait on its own connection on a waiter thread, which reports the outcome when it comes; the sender goes on with
 * other patients over a new connection. MLLP answers in order on a connection, so a connection with a message waiting
 * is never used for another.
 * <p>
 * At most {@code maxWaiting} messages wait this way at once; beyond that the sender waits itself, so a receiver that
 * is down or hung for everyone does not collect connections.
 */
public final class DeliveryChannel implements AutoCloseable {

    /** What became of a send: answered within the patience, or left waiting for its answer. */
    public sealed interface Sent {
        record Answered(DeliveryOutcome outcome) implements Sent {
        }

        /** The outcome will be given to the late-outcome consumer, on a waiter thread, when it comes. */
        record Waiting() implements Sent {
        }
    }

    private final Supplier<MllpClient> connect;
    private final Executor waiters;
    private final Duration patience;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();
    private MllpClient client;

    /**
     * @param connect a new client (not yet connected) to the destination
     * @param waiters finishes each send whose answer is slow; must never run a task on the calling thread (the late
     *                outcome is written in its own transaction, which must not be the caller's)
     */
    public DeliveryChannel(Supplier<MllpClient> connect, Executor waiters, Duration patience, int maxWaiting) {
        this.connect = connect;
        this.waiters = waiters;
        this.patience = patience;
        this.maxWaiting = maxWaiting;
    }

    /**
     * Sends one message. Never throws for anything the network or the receiver does.
     *
     * @param lateOutcome told the outcome of a message left {@link Sent.Waiting}, on a waiter thread
     */
    public Sent send(String er7, Consumer<DeliveryOutcome> lateOutcome) {
        if (client == null) {
            client = connect.get();
        }
        MllpClient sending = client;
        Optional<DeliveryOutcome> answered = sending.send(er7, patience);
        if (answered.isPresent()) {
            return new Sent.Answered(answered.get());
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return new Sent.Answered(sending.awaitAnswer());
        }
        client = null; // the connection stays with the waiting message; the next send opens a new one
        try {
            waiters.execute(() -> {
                DeliveryOutcome outcome;
                try {
                    outcome = sending.awaitAnswer();
                } catch (RuntimeException failure) {
                    outcome = new DeliveryOutcome.ConnectionFailed("sending failed: " + failure);
                } finally {
                    // answered (or timed out): no longer waiting, and its connection is done with, before the outcome is written
                    waiting.decrementAndGet();
                    sending.close();
                }
                lateOutcome.accept(outcome);
            });
        } catch (RejectedExecutionException stopping) {
            waiting.decrementAndGet();
            return new Sent.Answered(awaitAndClose(sending));
        }
        return new Sent.Waiting();
    }

    private static DeliveryOutcome awaitAndClose(MllpClient sending) {
        try {
            return sending.awaitAnswer();
        } finally {
            sending.close();
        }
    }

    /** How many messages are waiting for their answer on connections of their own. */
    public int waiting() {
        return waiting.get();
    }

    /** Closes the current connection; messages still waiting close theirs when their answer (or timeout) comes. */
    @Override
    public void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
