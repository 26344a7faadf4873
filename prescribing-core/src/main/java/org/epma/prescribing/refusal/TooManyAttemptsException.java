package org.epma.prescribing.refusal;

import java.time.Duration;
import java.util.Objects;

/** Too many failed attempts at something that guesses a secret (a witness's password): try again after {@link #retryAfter()}. */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttemptsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = Objects.requireNonNull(retryAfter);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
