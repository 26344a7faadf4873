package org.epma.hl7.inbound;

import java.util.List;

/**
 * What the application does with inbound events. Implementations apply an event in one transaction and detect
 * repeats from the {@link MessageOrigin}: the same control id with the same content digest is a repeat (answered
 * {@link Receipt#REPEAT}), with another digest a different message reusing the id (refused, 205). Calls come from
 * the listener's connection threads, several at once.
 * <p>
 * Throw {@link MessageRefused} for content that cannot be applied (answered AE, not resent by the sender).
 * Any other exception is taken as a passing failure (the database is down) and answered AR, so the sender
 * tries again later.
 */
public interface InboundHandler {

    Receipt onAdt(AdtEvent event, MessageOrigin origin) throws MessageRefused;

    /** One RDS^O13 can report several dispensed orders for one patient; they arrive together. */
    Receipt onDispense(List<DispenseEvent> dispenses, MessageOrigin origin) throws MessageRefused;
}
