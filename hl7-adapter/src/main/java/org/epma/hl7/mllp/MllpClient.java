package org.epma.hl7.mllp;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.net.ssl.SSLSocket;

import ca.uhn.hl7v2.HL7Exception;

import org.epma.hl7.mllp.DeliveryOutcome.ConnectionFailed;
import org.epma.hl7.mllp.DeliveryOutcome.ContentError;
import org.epma.hl7.mllp.DeliveryOutcome.Delivered;
import org.epma.hl7.mllp.DeliveryOutcome.NoAnswer;
import org.epma.hl7.mllp.DeliveryOutcome.Rejected;
import org.epma.hl7.mllp.DeliveryOutcome.UnexpectedAnswer;

/**
 * Sends HL7 messages to one receiver over one persistent MLLP connection, one message at a time, and reports
 * what the receiver acknowledged.
 * <p>
 * Thread-confined: one client per sender thread, never shared. MLLP has no way to match an ACK to a message
 * other than waiting for it on the same connection, so two threads on one connection would read each other's
 * ACKs. Several sender threads each hold their own client (and connection).
 * <p>
 * After a timeout, a broken connection or an answer that does not fit, the client closes the connection, so a
 * late ACK can never be taken for the next message's; the next {@link #send} connects again.
 * <p>
 * Enhanced acknowledgement mode: when MSH-16 of the message is AL, a CA accept ACK is followed by the
 * application ACK (AA/AE/AR) as the next frame on the same connection. The client waits up to the ACK timeout
 * for it and answers it with a CA of its own, because an enhanced-mode receiver treats its application ACK as a
 * message that needs accepting (unless the application ACK's own MSH-15 is NE). With MSH-16 NE, ER or SU, a CA
 * is final: no application ACK is waited for.
 */
public final class MllpClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MllpClient.class.getName());

    private final MllpDestination destination;
    private final Clock clock;
    private final AckReader acks = new AckReader();
    private Socket socket;
    private MllpReader reader;
    private MllpWriter writer;
    /** A message sent whose answer had not begun within the sender's patience, and the ACK time it has left. */
    private OutboundHeader inFlight;
    private Duration remaining;

    public MllpClient(MllpDestination destination) {
        this(destination, Clock.systemUTC());
    }

    public MllpClient(MllpDestination destination, Clock clock) {
        this.destination = destination;
        this.clock = clock;
    }

    /**
     * Sends one message and waits for its acknowledgement(s). Never throws for anything the network or the
     * receiver does: every such case is an outcome.
     *
     * @param er7 the message in ER7 (pipe) encoding with segments ended by carriage returns
     * @throws IllegalArgumentException when the message has no MSH-10 control id to match an ACK against
     */
    public DeliveryOutcome send(String er7) {
        return send(er7, null).orElseThrow();
    }

    /**
     * Sends one message and waits at most {@code patience} for its answer to begin. Empty when none has begun by
     * then: the message stays in flight on this connection, and {@link #awaitAnswer()} (called once, on this or one
     * other thread) finishes it within the rest of the ACK timeout; until then nothing else may be sent here. The
     * sender waits on its own thread rather than handing each message to another one, which cost a third of the
     * outbox's throughput (bench-hl7).
     *
     * @param patience null to wait the whole ACK timeout
     */
    public Optional<DeliveryOutcome> send(String er7, Duration patience) {
        if (inFlight != null) {
            throw new IllegalStateException("message " + inFlight.controlId() + " is still waiting for its answer");
        }
        OutboundHeader header = OutboundHeader.of(er7);
        boolean keptOpen = socket != null;
        Attempt first = attempt(er7, header, patience);
        if (keptOpen && first.diedBeforeAnswer()) {
            // A connection kept open between messages that is found dead before any answer was most likely dropped by
            // the peer while idle (a restart, a firewall's idle timeout): the peer cannot have processed the message on
            // it, so connect again and send at once rather than charge the message a try and a backoff. A fresh
            // connection that dies is a real failure and is reported.
            LOG.log(System.Logger.Level.INFO, () -> "the kept-open connection to " + where() + " was dead ("
                    + first.outcome() + "); reconnecting");
            return attempt(er7, header, patience).outcome();
        }
        return first.outcome();
    }

    /** The answer to the message {@link #send(String, Duration)} left in flight, waited for within the rest of the ACK timeout. */
    public DeliveryOutcome awaitAnswer() {
        OutboundHeader header = inFlight;
        if (header == null) {
            throw new IllegalStateException("no message is waiting for its answer");
        }
        inFlight = null;
        return read(header).outcome().orElseThrow();
    }

    /** One try on the current (or a new) connection; {@code diedBeforeAnswer} when it broke before any answer came. */
    private record Attempt(Optional<DeliveryOutcome> outcome, boolean diedBeforeAnswer) {
        static Attempt answered(DeliveryOutcome outcome) {
            return new Attempt(Optional.of(outcome), false);
        }

        static Attempt died(DeliveryOutcome outcome) {
            return new Attempt(Optional.of(outcome), true);
        }
    }

    private Attempt attempt(String er7, OutboundHeader header, Duration patience) {
        if (socket == null) {
            try {
                connect();
            } catch (IOException e) {
                close();
                return Attempt.answered(new ConnectionFailed("could not connect to " + where() + ": " + describe(e)));
            }
        }
        try {
            writer.writeFrame(er7);
            if (patience != null && !answerBeginsWithin(patience)) {
                inFlight = header;
                remaining = destination.ackTimeout().minus(patience);
                return new Attempt(Optional.empty(), false);
            }
        } catch (IOException e) {
            close();
            return Attempt.died(new ConnectionFailed("connection to " + where() + " failed: " + describe(e)));
        }
        return read(header);
    }

    /**
     * Whether the answer has begun (or the connection ended) within the patience. A read timeout leaves the socket
     * usable, plain or TLS, and the byte peeked at is put back for the frame reader.
     */
    private boolean answerBeginsWithin(Duration patience) throws IOException {
        socket.setSoTimeout(millis(patience));
        try {
            return reader.awaitByte();
        } catch (SocketTimeoutException notYet) {
            return false;
        } finally {
            socket.setSoTimeout(millis(destination.ackTimeout()));
        }
    }

    private Attempt read(OutboundHeader header) {
        Optional<String> frame;
        try {
            if (remaining != null) {
                socket.setSoTimeout(millis(remaining));
            }
            frame = reader.readFrame();
            if (remaining != null) {
                socket.setSoTimeout(millis(destination.ackTimeout()));
                remaining = null;
            }
        } catch (SocketTimeoutException e) {
            close();
            return Attempt.answered(new NoAnswer("no acknowledgement from " + where() + " within " + destination.ackTimeout(),
                    destination.ackTimeout()));
        } catch (EOFException e) {
            close();
            return Attempt.answered(new ConnectionFailed("connection to " + where() + " failed: " + describe(e)));
        } catch (IOException e) {
            close();
            return Attempt.died(new ConnectionFailed("connection to " + where() + " failed: " + describe(e)));
        }
        if (frame.isEmpty()) {
            close();
            return Attempt.died(new ConnectionFailed(where() + " closed the connection without acknowledging"));
        }
        return Attempt.answered(answer(header, frame.get()));
    }

    private static int millis(Duration timeout) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    private DeliveryOutcome answer(OutboundHeader header, String frame) {
        try {
            ReceivedAck first;
            try {
                first = acks.read(frame);
            } catch (HL7Exception e) {
                close();
                return new UnexpectedAnswer("the acknowledgement could not be read: " + e.getMessage(), frame);
            }
            if (!header.controlId().equals(first.acknowledgedControlId())) {
                return mismatch(header.controlId(), first);
            }
            return switch (first.code()) {
                case "AA" -> new Delivered(first.raw(), clock.instant());
                case "AE", "CE" -> new ContentError(first.errorText(), first.raw());
                case "AR", "CR" -> new Rejected(first.errorText(), first.raw());
                case "CA" -> header.wantsApplicationAck()
                        ? awaitApplicationAck(header)
                        : new Delivered(first.raw(), clock.instant());
                default -> unknownCode(first);
            };
        } catch (SocketTimeoutException e) {
            close();
            return new NoAnswer("no acknowledgement from " + where() + " within " + destination.ackTimeout(),
                    destination.ackTimeout());
        } catch (IOException e) {
            close();
            return new ConnectionFailed("connection to " + where() + " failed: " + describe(e));
        }
    }

    private DeliveryOutcome awaitApplicationAck(OutboundHeader header) throws IOException {
        Optional<String> frame;
        try {
            frame = reader.readFrame();
        } catch (SocketTimeoutException e) {
            close();
            return new NoAnswer("accepted (CA) by " + where() + " but no application acknowledgement within "
                    + destination.ackTimeout(), destination.ackTimeout());
        }
        if (frame.isEmpty()) {
            close();
            return new ConnectionFailed(where() + " closed the connection after CA, before the application acknowledgement");
        }
        ReceivedAck applicationAck;
        try {
            applicationAck = acks.read(frame.get());
        } catch (HL7Exception e) {
            close();
            return new UnexpectedAnswer("the application acknowledgement could not be read: " + e.getMessage(),
                    frame.get());
        }
        if (!header.controlId().equals(applicationAck.acknowledgedControlId())) {
            return mismatch(header.controlId(), applicationAck);
        }
        if (!"NE".equalsIgnoreCase(applicationAck.acceptAckType())) {
            try {
                writer.writeFrame(acks.acceptAckFor(applicationAck));
            } catch (HL7Exception e) {
                LOG.log(System.Logger.Level.WARNING, "could not accept the application acknowledgement "
                        + applicationAck.controlId() + " from " + where(), e);
            }
        }
        return switch (applicationAck.code()) {
            case "AA" -> new Delivered(applicationAck.raw(), clock.instant());
            case "AE" -> new ContentError(applicationAck.errorText(), applicationAck.raw());
            case "AR" -> new Rejected(applicationAck.errorText(), applicationAck.raw());
            default -> unknownCode(applicationAck);
        };
    }

    private DeliveryOutcome mismatch(String sentControlId, ReceivedAck ack) {
        close();
        return new UnexpectedAnswer("the acknowledgement is for control id '" + ack.acknowledgedControlId()
                + "', not for the message sent, '" + sentControlId + "'", ack.raw());
    }

    private DeliveryOutcome unknownCode(ReceivedAck ack) {
        close();
        return new UnexpectedAnswer("unknown acknowledgement code '" + ack.code() + "'", ack.raw());
    }

    private void connect() throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(destination.host(), destination.port()),
                    (int) destination.connectTimeout().toMillis());
            plain.setSoTimeout((int) destination.ackTimeout().toMillis());
            plain.setKeepAlive(true);
            plain.setTcpNoDelay(true);
            Socket connected = plain;
            if (destination.tls() != null) {
                SSLSocket tls = (SSLSocket) destination.tls().createSocket(plain, destination.host(), destination.port(), true);
                tls.setSoTimeout((int) destination.ackTimeout().toMillis());
                tls.startHandshake();
                connected = tls;
            }
            socket = connected;
            // buffered: the reader takes a byte at a time, which unbuffered is a system call each
            reader = new MllpReader(new BufferedInputStream(connected.getInputStream()), destination.charset(), MllpReader.DEFAULT_MAX_FRAME_BYTES);
            writer = new MllpWriter(connected.getOutputStream(), destination.charset());
        } catch (IOException e) {
            plain.close();
            throw e;
        }
    }

    /** Closes the connection; the next send opens a new one. */
    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the connection to " + where() + " failed", e);
            }
        }
        socket = null;
        reader = null;
        writer = null;
        inFlight = null;
        remaining = null;
    }

    /** Whether a connection is open now (it may still turn out broken on the next send). */
    public boolean isConnected() {
        return socket != null;
    }

    private String where() {
        return destination.host() + ":" + destination.port();
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** The fields of the message's MSH the client needs, read without a full parse. */
    record OutboundHeader(String controlId, boolean wantsApplicationAck) {

        static OutboundHeader of(String er7) {
            if (er7 == null || er7.length() < 8 || !er7.startsWith("MSH")) {
                throw new IllegalArgumentException("not an HL7 v2 message: it must start with MSH");
            }
            char separator = er7.charAt(3);
            int end = er7.indexOf('\r');
            String msh = end < 0 ? er7 : er7.substring(0, end);
            String[] fields = msh.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
            // fields[0] is "MSH" and MSH-1 is the separator itself, so MSH-n is fields[n - 1]
            String controlId = fields.length > 9 ? fields[9].strip() : "";
            if (controlId.isEmpty()) {
                throw new IllegalArgumentException("the message has no MSH-10 control id");
            }
            String applicationAck = fields.length > 15 ? fields[15].strip() : "";
            return new OutboundHeader(controlId, "AL".equalsIgnoreCase(applicationAck));
        }
    }
}
