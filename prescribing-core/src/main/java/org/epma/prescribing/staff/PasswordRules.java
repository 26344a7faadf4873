package org.epma.prescribing.staff;

import org.epma.prescribing.refusal.InvalidInputException;

/**
 * What a new password must be. Length rather than character classes, following NCSC password guidance
 * (long passwords are both stronger and easier to remember).
 */
public final class PasswordRules {

    public static final int MINIMUM_LENGTH = 10;
    public static final int MAXIMUM_LENGTH = 128;

    private PasswordRules() {
    }

    public static void check(char[] password) {
        if (password == null || password.length < MINIMUM_LENGTH) {
            throw new InvalidInputException("password", "A password needs at least " + MINIMUM_LENGTH + " characters.");
        }
        if (password.length > MAXIMUM_LENGTH) {
            throw new InvalidInputException("password", "A password can have at most " + MAXIMUM_LENGTH + " characters.");
        }
    }
}
