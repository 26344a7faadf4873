package org.epma.prescribing.audit;

/** What happened, as the audit trail names it. */
public enum AuditAction {
    CREATED,
    CHANGED,
    DISCHARGED,
    LOGGED_IN,
    LOGIN_FAILED,
    LOGGED_OUT,
    ACCOUNT_LOCKED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    /** A controlled-drug witness's password was not accepted (recorded against the nurse who named them). */
    WITNESS_NOT_CONFIRMED
}
