package org.epma.hl7.inbound;

import java.util.Arrays;

/** An ACK read by splitting text, independent of the code under test. */
record WireAck(String raw) {

    String field(String segment, int n) {
        for (String line : raw.split("\r")) {
            if (line.startsWith(segment + "|")) {
                String[] fields = line.split("\\|", -1);
                int index = segment.equals("MSH") ? n - 1 : n;
                return index < fields.length ? fields[index] : "";
            }
        }
        return null;
    }

    String code() {
        return field("MSA", 1);
    }

    String errorCode() {
        String err3 = field("ERR", 3);
        return err3 == null ? null : err3.split("\\^")[0];
    }

    String userMessage() {
        return field("ERR", 8);
    }

    @Override
    public String toString() {
        return Arrays.toString(raw.split("\r"));
    }
}
