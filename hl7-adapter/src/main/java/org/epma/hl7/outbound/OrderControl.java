package org.epma.hl7.outbound;

/** HL7 table 0119, ORC-1: what the message does to the order. */
public enum OrderControl {
    NW("new order"),
    XO("change order"),
    DC("discontinue order"),
    HD("hold order"),
    RL("release previous hold");

    private final String words;

    OrderControl(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
