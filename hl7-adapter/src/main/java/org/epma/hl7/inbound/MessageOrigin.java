package org.epma.hl7.inbound;

import java.time.Instant;

/**
 * Where a message came from and what it called itself. A sender that did not get our ACK sends the same
 * message again with the same control id, so (sendingApplication, sendingFacility, controlId) identifies a repeat.
 *
 * @param messageType MSH-9 as "ADT^A01"
 * @param version MSH-12 as sent, e.g. "2.4"
 * @param contentDigest SHA-256 of the message without MSH-7, in hex: the same control id with another digest is
 *                      a different message reusing the id, not a resend
 */
public record MessageOrigin(String controlId, String sendingApplication, String sendingFacility,
                            String messageType, String version, Instant receivedAt, String contentDigest) {
}
