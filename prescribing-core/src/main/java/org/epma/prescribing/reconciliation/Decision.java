package org.epma.prescribing.reconciliation;

import org.epma.prescribing.wording.Term;

/**
 * What the prescriber decided for a medicine the patient took before admission. Continue and change are made by an
 * inpatient order (checked and signed as any order), to which the decision points; withhold waits for a review date.
 */
public enum Decision implements Term {
    CONTINUE(true, false), CHANGE(true, true), WITHHOLD(false, true), STOP(false, true);

    private final boolean needsOrder;
    private final boolean needsReason;

    Decision(boolean needsOrder, boolean needsReason) {
        this.needsOrder = needsOrder;
        this.needsReason = needsReason;
    }

    public boolean needsOrder() {
        return needsOrder;
    }

    public boolean needsReason() {
        return needsReason;
    }

    /** A withheld medicine is decided again at its review; the others are final. */
    public boolean isFinal() {
        return this != WITHHOLD;
    }

    @Override
    public String vocabulary() {
        return "reconciliation.decision";
    }
}
