package org.epma.prescribing.administration;

/**
 * The reasons the bedside check stops a record (the five rights and the order's state). Each is a stable code
 * for the screens' message bundles; the English sentence travels beside it in {@link AdministrationStopped}.
 */
public enum Stop {
    UNREADABLE_BARCODE,
    UNKNOWN_PRODUCT,
    WRONG_PATIENT,
    PRODUCT_NOT_ORDERED,
    WRONG_STRENGTH,
    EXPIRED_PRODUCT,
    NOT_DUE,
    PRN_INTERVAL,
    PRN_MAXIMUM,
    ORDER_NOT_ACTIVE,
    WITNESS_REQUIRED,
    WITNESS_NOT_ALLOWED,
    WITNESS_NOT_AUTHENTICATED,
    OVERDUE_NEEDS_REASON,
    LATE_ENTRY_NEEDS_REASON,
    NOT_VERIFIED,
    WRONG_ROUTE,
    DOSE_NOT_PRESCRIBED,
    /** An infusion's rate beyond its titration bounds (or any other rate, where it has none): a prescriber's decision. */
    RATE_NEEDS_PRESCRIPTION,
    /** A dose that follows the blood glucose (an insulin correction scale) with no reading to follow since the last dose. */
    GLUCOSE_NEEDED
}
