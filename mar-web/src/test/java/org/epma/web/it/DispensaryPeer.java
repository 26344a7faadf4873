package org.epma.web.it;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A dispensing system for the integration tests, built on HAPI's own MLLP server (independent of the adapter under
 * test): it keeps every message it receives and answers AA, or AE with a reason when told to; it can be stopped and
 * started again on the same port. One peer serves the whole test run; the servers under test are pointed at it.
 */
public final class DispensaryPeer {

    private static DispensaryPeer instance;

    private final int port;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile String contentError;
    private volatile String slowFor;
    private volatile long slowMillis;
    private HapiContext context;
    private HL7Service server;

    private DispensaryPeer(int port) {
        this.port = port;
    }

    static synchronized DispensaryPeer instance() {
        if (instance == null) {
            instance = new DispensaryPeer(freePort());
            instance.start();
        }
        return instance;
    }

    int port() {
        return port;
    }

    /** The messages received so far, as ER7 text. */
    List<String> received() {
        return received;
    }

    /** Answer AE with this reason from now on; null to go back to AA. */
    void refuseContentWith(String reason) {
        contentError = reason;
    }

    /** Answers messages about this hospital number only after {@code millis}, as a receiver slow for one patient; null to stop. */
    void slowFor(String hospitalNumber, long millis) {
        slowMillis = millis;
        slowFor = hospitalNumber;
    }

    synchronized void start() {
        context = new DefaultHapiContext(new CanonicalModelClassFactory("2.5.1"));
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        context.getParserConfiguration().setValidating(false);
        server = context.newServer(port, false);
        server.registerApplication("*", "*", new ReceivingApplication<Message>() {
            @Override
            public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
                String er7 = message.encode();
                received.add(er7);
                String slow = slowFor;
                if (slow != null && er7.contains("|" + slow + "^")) {
                    try {
                        Thread.sleep(slowMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                String refusal = contentError;
                try {
                    return refusal == null ? message.generateACK()
                            : message.generateACK(AcknowledgmentCode.AE, new HL7Exception(refusal));
                } catch (IOException e) {
                    throw new HL7Exception(e);
                }
            }

            @Override
            public boolean canProcess(Message message) {
                return true;
            }
        });
        try {
            server.startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Goes down: the port refuses connections until {@link #start()}. */
    synchronized void stop() {
        server.stopAndWait();
        try {
            context.close();
        } catch (IOException ignored) {
            // closing the context only releases its executor
        }
    }

    /** Waits until {@code condition} holds, for at most {@code seconds}. */
    static boolean await(int seconds, java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
