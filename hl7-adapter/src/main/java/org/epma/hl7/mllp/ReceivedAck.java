package org.epma.hl7.mllp;

/**
 * An acknowledgement as read off the wire.
 *
 * @param code MSA-1 (AA, AE, AR, CA, CE, CR)
 * @param acknowledgedControlId MSA-2, the control id of the message being acknowledged
 * @param errorText the most specific human reason given: ERR-8, else ERR-3 text or code, else MSA-3
 * @param controlId this acknowledgement's own MSH-10, which a reply to it must acknowledge
 * @param acceptAckType this acknowledgement's MSH-15; "NE" means it wants no accept ACK back
 */
record ReceivedAck(String code, String acknowledgedControlId, String errorText, String controlId,
                   String acceptAckType, String raw) {
}
