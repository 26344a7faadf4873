package org.epma.bench;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A dispensing system on a free port that answers every order message AA and counts what it received: each message
 * by its order control and placer order number (ORC-1, ORC-2), so that a message sent twice, by one instance's
 * retry or by two instances claiming the same outbox row, shows as a count above one.
 */
final class OrderCountingPeer implements AutoCloseable {

    private final HapiContext context;
    private final HL7Service server;
    private final int port;
    private final Map<String, AtomicLong> byOrder = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();

    private OrderCountingPeer(HapiContext context, HL7Service server, int port) {
        this.context = context;
        this.server = server;
        this.port = port;
    }

    static OrderCountingPeer start() throws IOException, InterruptedException {
        int port = ClusteredApplication.freePort();
        HapiContext context = new DefaultHapiContext(new CanonicalModelClassFactory("2.5.1"));
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        context.getParserConfiguration().setValidating(false);
        HL7Service server = context.newServer(port, false);
        OrderCountingPeer peer = new OrderCountingPeer(context, server, port);
        server.registerApplication("*", "*", new ReceivingApplication<Message>() {
            @Override
            public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
                Terser terser = new Terser(message);
                peer.byOrder.computeIfAbsent(terser.get("/.ORC-1") + " " + terser.get("/.ORC-2-1"), k -> new AtomicLong())
                        .incrementAndGet();
                peer.received.incrementAndGet();
                try {
                    return message.generateACK();
                } catch (IOException e) {
                    throw new HL7Exception(e);
                }
            }

            @Override
            public boolean canProcess(Message message) {
                return true;
            }
        });
        server.startAndWait();
        return peer;
    }

    int port() {
        return port;
    }

    long received() {
        return received.get();
    }

    /** How many distinct order events (order control and order number) arrived. */
    long distinctOrderEvents() {
        return byOrder.size();
    }

    /** The order events that arrived more than once, with how often. */
    Map<String, Long> duplicates() {
        Map<String, Long> twice = new TreeMap<>();
        byOrder.forEach((event, count) -> {
            if (count.get() > 1) {
                twice.put(event, count.get());
            }
        });
        return twice;
    }

    @Override
    public void close() {
        server.stopAndWait();
        try {
            context.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
