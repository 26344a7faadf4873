package org.epma.prescribing.staff;

import java.util.Set;

/**
 * The result of a login attempt; the account fields are set only when it was accepted, and {@code standing} is what
 * the new session starts from.
 */
public record LoginOutcome(LoginResult result, String username, String displayName, Set<Role> roles, Language language,
                           AccountStanding standing) {

    static LoginOutcome refused(LoginResult result) {
        return new LoginOutcome(result, null, null, Set.of(), null, null);
    }

    static LoginOutcome accepted(StaffUser user) {
        return new LoginOutcome(LoginResult.ACCEPTED, user.username(), user.displayName(), user.roles(), user.language(),
                user.standing());
    }

    public boolean accepted() {
        return result == LoginResult.ACCEPTED;
    }
}
