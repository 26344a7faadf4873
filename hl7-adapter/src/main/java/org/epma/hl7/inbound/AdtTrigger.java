package org.epma.hl7.inbound;

import java.util.Optional;

/** The ADT events ePMA applies (MSH-9.2). */
public enum AdtTrigger {
    A01("admit"),
    A02("transfer"),
    A03("discharge"),
    A04("register"),
    A08("update patient information"),
    A11("cancel admit"),
    A13("cancel discharge"),
    A40("merge patient identifier list");

    private final String words;

    AdtTrigger(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public static Optional<AdtTrigger> fromCode(String code) {
        for (AdtTrigger trigger : values()) {
            if (trigger.name().equalsIgnoreCase(code)) {
                return Optional.of(trigger);
            }
        }
        return Optional.empty();
    }
}
