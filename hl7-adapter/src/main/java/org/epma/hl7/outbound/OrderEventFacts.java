package org.epma.hl7.outbound;

import java.time.Instant;
import java.util.Objects;

/**
 * The event an order message reports: when it happened (ORC-9) and why (ORC-16). A hold, release, stop or change is
 * dated when it was done, not when the order was first signed, so a receiver can order and audit what it hears.
 *
 * @param reason the prescriber's or pharmacist's reason for a stop, hold, release or change; empty when none was given
 */
public record OrderEventFacts(Instant at, String reason) {

    public OrderEventFacts {
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason.strip();
    }
}
