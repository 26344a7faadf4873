package org.epma.hl7.inbound;

import java.time.Instant;
import java.util.Optional;

/** The inbound messages already applied, by sender and control id, so a resend is recognised and not applied twice. */
public interface ReceivedMessages {

    /** The message as noted before: what its content digested to, its type and when it came. */
    record Earlier(String contentDigest, String messageType, Instant receivedAt) {
    }

    /** Notes the message as received now; false, noting nothing, when its sender already used its control id. */
    boolean noteFirst(MessageOrigin origin, Instant receivedAt);

    /** The message noted earlier under the same sender and control id. */
    Optional<Earlier> earlier(MessageOrigin origin);
}
