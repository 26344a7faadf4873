package org.epma.prescribing.refusal;

/** A change that clashes with the current state, such as creating a user name that is already taken. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
