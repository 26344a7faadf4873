package org.epma.prescribing.pgd;

/** The kinds of written authority under which a nurse gives a dose without an individual prescription. */
public enum DirectionKind {
    /** A patient group direction (config/pgds.csv): one dose. */
    PATIENT_GROUP_DIRECTION,
    /** A homely remedy under the site's protocol (config/homely-remedies.csv): repeated within the protocol's limits. */
    HOMELY_REMEDY
}
