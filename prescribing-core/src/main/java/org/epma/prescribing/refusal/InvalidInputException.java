package org.epma.prescribing.refusal;

/** Input that breaks a rule of the domain; {@code field} names what was wrong, for the caller to show. */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
