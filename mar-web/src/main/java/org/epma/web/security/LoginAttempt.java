package org.epma.web.security;

import jakarta.enterprise.context.RequestScoped;
import org.epma.prescribing.staff.LoginOutcome;

/** Carries the outcome of this request's login from the identity store back to the session resource. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public LoginOutcome outcome() {
        return outcome;
    }
}
