package org.epma.hl7.codes;

import java.util.Objects;

/**
 * One coded element (HL7 CE/CWE): code, the text a person reads, and the coding system's name.
 * Text and system may be empty when the sender gave none; the code is what matching relies on.
 */
public record CodedValue(String code, String text, String system) {

    public CodedValue {
        code = Objects.requireNonNullElse(code, "");
        text = Objects.requireNonNullElse(text, "");
        system = Objects.requireNonNullElse(system, "");
    }

    public boolean isEmpty() {
        return code.isEmpty() && text.isEmpty();
    }
}
