package org.epma.prescribing.pgd;

import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.wording.Wording;

/** A homely remedy dose the site's protocol does not allow now: too soon, too many in 24 hours, or for too long. */
public class RemedyLimitException extends ConflictException {

    /** Which of the protocol's limits refused the dose. */
    public enum Limit {
        /** Sooner than the minimum interval after the last dose. */
        TOO_SOON,
        /** The most doses in 24 hours have been given. */
        DAILY_MAXIMUM,
        /** The protocol's duration since the first dose has run: a prescriber is asked. */
        DURATION
    }

    private final Limit limit;

    public RemedyLimitException(Limit limit, Wording wording, String message) {
        super(wording, message);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
