package org.epma.prescribing.refusal;

/**
 * An action that needs the user's password again (signing a controlled drug) came without it, or with one that was not
 * accepted. The field is always {@code password}.
 */
public class ReauthenticationException extends RuntimeException {

    private final boolean missing;

    public ReauthenticationException(boolean missing, String message) {
        super(message);
        this.missing = missing;
    }

    /** True when no password came; false when it was wrong or the account may not act now (locked, disabled). */
    public boolean missing() {
        return missing;
    }

    public String field() {
        return "password";
    }
}
