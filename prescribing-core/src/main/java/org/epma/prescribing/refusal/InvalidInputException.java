package org.epma.prescribing.refusal;

import org.epma.prescribing.wording.Wording;

/**
 * Input that breaks a rule of the domain; {@code field} names what was wrong, for the caller to show. {@code wording},
 * when given, is the message as a message key with arguments, for a screen in the user's language.
 */
public class InvalidInputException extends RuntimeException {
    private final String field;
    private final transient Wording wording;

    public InvalidInputException(String field, Wording wording, String message) {
        super(message);
        this.field = field;
        this.wording = wording;
    }

    public InvalidInputException(String field, String message) {
        this(field, null, message);
    }

    public String field() {
        return field;
    }

    /** The message as a key and arguments, or null when only the English message exists. */
    public Wording wording() {
        return wording;
    }
}
