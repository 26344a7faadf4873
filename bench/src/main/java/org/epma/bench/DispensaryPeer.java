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
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A dispensing system to try the pharmacy interface with: listens on port 2575 (or the first argument), prints one
 * line for each order message it receives and answers AA. Built on HAPI's own MLLP server. Stop it with Ctrl+C.
 */
public final class DispensaryPeer {

    private DispensaryPeer() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 2575;
        HapiContext context = new DefaultHapiContext(new CanonicalModelClassFactory("2.5.1"));
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        context.getParserConfiguration().setValidating(false);
        HL7Service server = context.newServer(port, false);
        server.registerApplication("*", "*", new ReceivingApplication<Message>() {
            @Override
            public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
                Terser terser = new Terser(message);
                System.out.printf("%s  %s %s  %s  patient %s  %s %s  %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                        terser.get("/MSH-9-1") + "^" + terser.get("/MSH-9-2"), terser.get("/MSH-10"), describe(terser.get("/.ORC-1")),
                        terser.get("/.PID-3-1"), terser.get("/.ORC-2-1"), terser.get("/.RXE-2-2"), terser.get("/.RXE-14-2"));
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
        System.out.println("Dispensing peer listening on port " + port + "; answering AA. Ctrl+C to stop.");
        Thread.currentThread().join();
    }

    private static String describe(String orderControl) {
        return switch (orderControl == null ? "" : orderControl) {
            case "NW" -> "new order";
            case "XO" -> "changed order";
            case "DC" -> "discontinued";
            case "HD" -> "on hold";
            case "RL" -> "released";
            default -> orderControl;
        };
    }
}
