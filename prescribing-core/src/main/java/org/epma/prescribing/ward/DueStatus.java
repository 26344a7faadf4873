package org.epma.prescribing.ward;

/** Where a scheduled dose stands against its window (CLINICAL.md, Administration). */
public enum DueStatus {
    /** Before the window opens: giving it now needs a recorded reason. */
    NOT_YET_DUE,
    /** Within the window. */
    DUE,
    /** The window has closed: still to be given or recorded as not given, with a reason. */
    OVERDUE
}
