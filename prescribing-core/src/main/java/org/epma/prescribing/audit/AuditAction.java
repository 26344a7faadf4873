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
    WITNESS_NOT_CONFIRMED,
    /** A patient's record (or a list of patients) was shown to someone; the entry names the patients. */
    READ,
    /** A logged-in user asked for something their roles do not allow (or without the session's CSRF token). */
    ACCESS_REFUSED,
    /** The key-change point: this entry and every later one are linked with the site's audit key. */
    CHAIN_KEYED
}
