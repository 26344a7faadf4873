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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A dispensing system for the fault runs: answers AA to every order message and keeps each one it received, in the
 * order received, so that a run can count at the peer what arrived once, twice or never, and in what order. It can
 * go down (its port closed) and come back on the same port.
 */
final class CountingPeer implements AutoCloseable {

    /** One message as received: MSH-10, ORC-1 and ORC-2 (the placer order number). */
    record Received(String controlId, String orderControl, String placerOrder) {
    }

    private final HapiContext context = new DefaultHapiContext(new CanonicalModelClassFactory("2.5.1"));
    private final int port;
    private final List<Received> received = new ArrayList<>();
    private HL7Service server;

    CountingPeer(int port) {
        this.port = port;
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        context.getParserConfiguration().setValidating(false);
    }

    int port() {
        return port;
    }

    /** A destinations file (config/hl7-destinations.csv's columns) that sends RDE^O11 to this peer on verification. */
    Path destinationsFile(Path folder) throws IOException {
        Path file = folder.resolve("fault-run-destinations.csv");
        Files.writeString(file, "name,host,port,tls,connect_timeout_ms,ack_timeout_ms,message_type,send_on,max_attempts,ack_mode,"
                + "receiving_application,receiving_facility\n"
                + "DISPENSARY,127.0.0.1," + port + ",N,2000,10000,RDE_O11,VERIFICATION,10,ORIGINAL,PHARMACY,MAIN\n",
                StandardCharsets.UTF_8);
        return file;
    }

    synchronized void start() throws InterruptedException {
        server = context.newServer(port, false);
        server.registerApplication("*", "*", new ReceivingApplication<Message>() {
            @Override
            public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
                Terser terser = new Terser(message);
                synchronized (received) {
                    received.add(new Received(terser.get("/MSH-10"), terser.get("/.ORC-1"), terser.get("/.ORC-2-1")));
                }
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
    }

    /** Down: the port closed and every open connection with it. */
    synchronized void stop() {
        if (server != null) {
            server.stopAndWait();
            server = null;
        }
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        context.close();
    }
}
