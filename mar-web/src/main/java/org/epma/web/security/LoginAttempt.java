package org.epma.web.security;

import jakarta.enterprise.context.RequestScoped;
import org.epma.prescribing.staff.LoginOutcome;

/** Carries the outcome of this request's login from the identity store back to the session resource. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;
    private RuntimeException failure;

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    /**
     * The login could not be decided (the database down or refusing changes). Jakarta Security turns an exception in
     * the identity store into a plain refusal; kept here, it becomes the 503 it is instead of a wrong password counted
     * against the user's address.
     */
    void failed(RuntimeException failure) {
        this.failure = failure;
    }

    public LoginOutcome outcome() {
        return outcome;
    }

    /** Throws what stopped the login from being decided, if anything did. */
    public void rethrowFailure() {
        if (failure != null) {
            throw failure;
        }
    }
}
