package org.epma.prescribing.staff;

/** Whether a session may go on, and if not, why it ended (told to the user in general terms). */
public enum SessionVerdict {
    CONTINUES,
    /** The account was disabled, locked or given a new password since the session started, or no longer exists. */
    ACCOUNT_CHANGED,
    /** The session reached its absolute lifetime, however active it was. */
    LIFETIME_REACHED,
    /** The user did nothing for the idle limit (automatic refreshes do not count). */
    IDLE_TOO_LONG
}
