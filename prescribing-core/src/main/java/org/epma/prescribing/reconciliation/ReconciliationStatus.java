package org.epma.prescribing.reconciliation;

import org.epma.prescribing.wording.Term;

/** Where a stay's medicines reconciliation stands. */
public enum ReconciliationStatus implements Term {
    /** No medicine recorded and not completed: nobody has taken the patient's medicines history yet. */
    NOT_STARTED,
    /** At least one medicine has no prescriber's decision. */
    AWAITING_DECISIONS,
    /** Every medicine is decided; the pharmacy has not completed it. */
    READY_TO_COMPLETE,
    COMPLETED;

    public boolean isComplete() {
        return this == COMPLETED;
    }

    @Override
    public String vocabulary() {
        return "reconciliation.status";
    }
}
