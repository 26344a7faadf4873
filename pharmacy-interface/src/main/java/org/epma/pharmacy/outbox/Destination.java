package org.epma.pharmacy.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * A dispensing system that receives order events (config/hl7-destinations.csv).
 *
 * @param enhancedAcknowledgement ask for an accept ACK before the application ACK (MSH-15/16 AL)
 * @param maxAttempts tries before a message that is rejected (AR) or unanswered is parked
 */
public record Destination(String name, String host, int port, boolean tls, Duration connectTimeout, Duration ackTimeout,
                          MessageType messageType, SendOn sendOn, int maxAttempts, boolean enhancedAcknowledgement,
                          String receivingApplication, String receivingFacility) {

    public Destination {
        Objects.requireNonNull(name);
        Objects.requireNonNull(host);
        Objects.requireNonNull(messageType);
        Objects.requireNonNull(sendOn);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1");
        }
    }

    /** Whether this destination hears of an order event: a placer-order destination hears of new orders on signing. */
    public boolean wants(org.epma.prescribing.order.OrderEvent.Kind kind) {
        return switch (kind) {
            case SIGNED -> sendOn == SendOn.SIGNING;
            case VERIFIED -> sendOn == SendOn.VERIFICATION;
            case SUSPENDED, RESUMED, DISCONTINUED, COMPLETED -> true;
        };
    }
}
