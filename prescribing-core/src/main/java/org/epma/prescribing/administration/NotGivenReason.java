package org.epma.prescribing.administration;

import org.epma.prescribing.wording.Term;

/** Why a dose was not given (CLINICAL.md, Administration); the last four need a note saying more. */
public enum NotGivenReason implements Term {
    REFUSED, NIL_BY_MOUTH, PATIENT_ABSENT, DRUG_UNAVAILABLE, NO_ACCESS, CLINICAL_HOLD, VOMITING, SELF_ADMINISTERED, OTHER;

    public boolean needsNote() {
        return this == CLINICAL_HOLD || this == VOMITING || this == SELF_ADMINISTERED || this == OTHER;
    }

    @Override
    public String vocabulary() {
        return "notGivenReason";
    }
}
