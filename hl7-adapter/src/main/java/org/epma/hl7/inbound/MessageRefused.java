package org.epma.hl7.inbound;

import java.util.Objects;

/**
 * The content of a message is wrong and applying it would be wrong too: answered with AE and an ERR segment
 * carrying the code and this message as ERR-8, which the sending system shows to its users. Thrown by the
 * readers for invalid fields and by an {@link InboundHandler} that refuses an event (unknown patient, an order
 * that is not ours).
 */
public class MessageRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final Hl7ErrorCode code;

    public MessageRefused(Hl7ErrorCode code, String reason) {
        super(Objects.requireNonNull(reason, "reason"));
        this.code = Objects.requireNonNull(code, "code");
    }

    public Hl7ErrorCode code() {
        return code;
    }
}
