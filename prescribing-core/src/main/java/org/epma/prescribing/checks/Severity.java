package org.epma.prescribing.checks;

/** How an alert interrupts, from least to most. */
public enum Severity {
    /** Shown, nothing to do. */
    INFO,
    /** Must be acknowledged before signing. */
    WARNING,
    /** May be overridden only with a reason, which the verifying pharmacist sees. */
    SEVERE,
    /** Cannot be prescribed. */
    HARD_STOP;

    public Severity atLeast(Severity other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
