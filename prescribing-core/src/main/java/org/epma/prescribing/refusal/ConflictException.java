package org.epma.prescribing.refusal;

import org.epma.prescribing.wording.Wording;

/**
 * A change that clashes with the current state, such as creating a user name that is already taken. {@code wording},
 * when given, is the message as a message key with arguments.
 */
public class ConflictException extends RuntimeException {
    private final transient Wording wording;

    public ConflictException(Wording wording, String message) {
        super(message);
        this.wording = wording;
    }

    public ConflictException(String message) {
        this(null, message);
    }

    /** The message as a key and arguments, or null when only the English message exists. */
    public Wording wording() {
        return wording;
    }
}
