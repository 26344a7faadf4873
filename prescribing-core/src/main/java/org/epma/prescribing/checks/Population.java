package org.epma.prescribing.checks;

/** Whom a dose limit is for, beyond its age and weight band. */
public enum Population {
    /** Everyone in the band. */
    ALL,
    /**
     * A patient who is not opioid-tolerant. Such limits are soft only: a tolerant patient's dose is above them by
     * design, so "opioid-tolerant" is the structured reason that overrides them.
     */
    OPIOID_NAIVE
}
