package org.epma.prescribing.staff;

/**
 * The acting user's own password, asked for again before a sensitive change, was not right (or their account can no
 * longer be used). Counted as a failed login, so guessing it through this route locks the account too.
 */
public class PasswordNotConfirmedException extends RuntimeException {

    private final String field;

    public PasswordNotConfirmedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
