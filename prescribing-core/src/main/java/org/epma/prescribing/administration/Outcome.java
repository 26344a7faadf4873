package org.epma.prescribing.administration;

/** What an administration record says happened to a dose (CLINICAL.md, Administration). */
public enum Outcome {
    GIVEN,
    NOT_GIVEN,
    /** Strikes through an earlier record made in error; that record stays, marked by this one. */
    IN_ERROR
}
