package org.epma.prescribing.refusal;

import java.time.Duration;
import java.util.Objects;

/** Too many failed attempts at something that guesses a secret (a login, a witness's password): try again after {@link #retryAfter()}. */
public class TooManyAttemptsException extends RuntimeException {

    private final String problemType;
    private final String title;
    private final Duration retryAfter;

    public TooManyAttemptsException(String message, Duration retryAfter) {
        this("too-many-attempts", "Too many attempts", message, retryAfter);
    }

    /** @param problemType the last part of the problem's type, naming what was attempted (e.g. too-many-logins) */
    public TooManyAttemptsException(String problemType, String title, String message, Duration retryAfter) {
        super(message);
        this.problemType = Objects.requireNonNull(problemType);
        this.title = Objects.requireNonNull(title);
        this.retryAfter = Objects.requireNonNull(retryAfter);
    }

    public String problemType() {
        return problemType;
    }

    public String title() {
        return title;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, rounded up and at least one, as Retry-After and a message give it. */
    public static long seconds(Duration wait) {
        return Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
    }
}
