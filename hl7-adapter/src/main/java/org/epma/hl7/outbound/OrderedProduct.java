package org.epma.hl7.outbound;

/**
 * The formulary product ordered, written as the give code (RXE-2, RXO-1).
 *
 * @param codingSystem the name of the code's system, "EPMA" for the local formulary
 */
public record OrderedProduct(String code, String name, String codingSystem) {

    public static final String LOCAL_FORMULARY = "EPMA";

    public OrderedProduct {
        MessageHeader.requireText(code, "code");
        MessageHeader.requireText(name, "name");
        MessageHeader.requireText(codingSystem, "codingSystem");
    }

    public OrderedProduct(String code, String name) {
        this(code, name, LOCAL_FORMULARY);
    }
}
