package org.epma.prescribing.staff;

import java.util.Set;

/** The result of a login attempt; the account fields are set only when it was accepted. */
public record LoginOutcome(LoginResult result, String username, String displayName, Set<Role> roles, Language language) {

    static LoginOutcome refused(LoginResult result) {
        return new LoginOutcome(result, null, null, Set.of(), null);
    }

    public boolean accepted() {
        return result == LoginResult.ACCEPTED;
    }
}
