package org.epma.prescribing.infusion;

/** A rate that cannot be turned into the other kind, and why: the caller tells the user rather than guessing. */
public class RateNotComputable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The rate is per kg and the patient has no recorded weight. */
        NEEDS_WEIGHT,
        /** The bag holds no drug (a plain fluid): it has a volume rate only. */
        NO_DRUG,
        /** The dose rate's amount (e.g. units) is not what the bag's drug is measured in (e.g. mg). */
        UNIT_MISMATCH
    }

    private final Reason reason;

    public RateNotComputable(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
