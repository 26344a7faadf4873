package org.epma.hl7.inbound;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The MSH fields needed to route a message and to address its ACK, read straight from the text so that a
 * message HAPI cannot parse still gets an answer naming its control id.
 *
 * @param acceptAckType MSH-15 (AL, NE, ER, SU); empty, with MSH-16 empty too, is original acknowledgement mode
 * @param applicationAckType MSH-16 (AL, NE, ER, SU)
 */
record InboundHeader(String sendingApplication, String sendingFacility, String receivingApplication,
                     String receivingFacility, String messageCode, String trigger, String controlId,
                     String processingId, String version, String acceptAckType, String applicationAckType) {

    static Optional<InboundHeader> read(String message) {
        if (message == null || message.length() < 8 || !message.startsWith("MSH")) {
            return Optional.empty();
        }
        char fieldSeparator = message.charAt(3);
        char componentSeparator = message.charAt(4);
        int end = message.indexOf('\r');
        String msh = end < 0 ? message : message.substring(0, end);
        String[] f = msh.split(Pattern.quote(String.valueOf(fieldSeparator)), -1);
        String[] type = field(f, 9).split(Pattern.quote(String.valueOf(componentSeparator)), -1);
        return Optional.of(new InboundHeader(first(field(f, 3), componentSeparator), first(field(f, 4), componentSeparator),
                first(field(f, 5), componentSeparator), first(field(f, 6), componentSeparator),
                type[0].strip(), type.length > 1 ? type[1].strip() : "", field(f, 10),
                first(field(f, 11), componentSeparator), first(field(f, 12), componentSeparator),
                field(f, 15).toUpperCase(java.util.Locale.ROOT), field(f, 16).toUpperCase(java.util.Locale.ROOT)));
    }

    /** MSH-n; MSH-1 is the separator itself, so MSH-n is split part n - 1. */
    private static String field(String[] parts, int n) {
        return parts.length > n - 1 ? parts[n - 1].strip() : "";
    }

    private static String first(String field, char componentSeparator) {
        int i = field.indexOf(componentSeparator);
        return i < 0 ? field : field.substring(0, i);
    }

    /** Enhanced acknowledgement mode: the sender filled MSH-15 or MSH-16. */
    boolean enhancedMode() {
        return !acceptAckType.isEmpty() || !applicationAckType.isEmpty();
    }

    String messageType() {
        return trigger.isEmpty() ? messageCode : messageCode + "^" + trigger;
    }
}
