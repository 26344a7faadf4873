package org.epma.hl7.inbound;

import java.util.Objects;

/**
 * The records refuse a message for a reason HL7 has its own table 0357 code for (an order that is another
 * patient's, a control id already used by a different message). Thrown inside the transaction, so it rolls
 * back, and turned into an AE with this code by {@link HospitalInboundHandler}.
 */
class RecordsRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Hl7ErrorCode code;

    RecordsRefusal(Hl7ErrorCode code, String reason) {
        super(Objects.requireNonNull(reason, "reason"));
        this.code = Objects.requireNonNull(code, "code");
    }

    Hl7ErrorCode code() {
        return code;
    }
}
