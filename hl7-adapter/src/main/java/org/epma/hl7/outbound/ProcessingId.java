package org.epma.hl7.outbound;

/** HL7 table 0103, MSH-11: whether the receiver should act on the message or treat it as a test. */
public enum ProcessingId {
    PRODUCTION("P"),
    TRAINING("T"),
    DEBUGGING("D");

    private final String code;

    ProcessingId(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
