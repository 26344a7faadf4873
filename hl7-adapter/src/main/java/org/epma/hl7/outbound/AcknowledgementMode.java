package org.epma.hl7.outbound;

/**
 * Which HL7 acknowledgement protocol a message asks for. ORIGINAL leaves MSH-15/16 empty: the receiver
 * answers once with AA/AE/AR after processing. ENHANCED sets MSH-15 and MSH-16 to AL: the receiver first
 * answers CA/CE/CR on receipt, then sends an application acknowledgement (AA/AE/AR) as its own message.
 */
public enum AcknowledgementMode {
    ORIGINAL,
    ENHANCED
}
