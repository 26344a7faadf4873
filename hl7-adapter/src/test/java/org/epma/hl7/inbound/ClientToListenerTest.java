package org.epma.hl7.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.time.Duration;

import org.epma.hl7.mllp.DeliveryOutcome;
import org.epma.hl7.mllp.MllpClient;
import org.epma.hl7.mllp.MllpDestination;
import org.junit.jupiter.api.Test;

/** Our own client against our own listener: the two halves agree on framing, control ids and error text. */
class ClientToListenerTest {

    @Test
    void admissionSentByTheClientIsDeliveredAndARefusalComesBackAsContentError() throws IOException {
        RecordingHandler handler = new RecordingHandler();
        try (InboundListener listener = new InboundListener(ListenerSettings.onPort(0).withBindAddress("127.0.0.1"), handler)) {
            listener.start();
            try (MllpClient client = new MllpClient(MllpDestination.plain("127.0.0.1", listener.port())
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)))) {
                assertInstanceOf(DeliveryOutcome.Delivered.class, client.send(Messages.admitA01()));
                assertEquals("H1234567", handler.adt.get(0).patient().hospitalNumber().value());

                handler.refusal = new MessageRefused(Hl7ErrorCode.UNKNOWN_KEY_IDENTIFIER, "Ward WARD7 is not known.");
                DeliveryOutcome.ContentError error = assertInstanceOf(DeliveryOutcome.ContentError.class,
                        client.send(Messages.admitA01().replace("adt-1", "adt-2")));
                assertEquals("Ward WARD7 is not known.", error.errorText());
            }
        }
    }
}
