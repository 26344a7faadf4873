package org.epma.prescribing.staff;

/**
 * What a member of staff may do. A user may hold more than one (a nurse who prescribes). AUDITOR reviews the audit
 * trail (who read or changed what) and has no clinical access.
 */
public enum Role { PRESCRIBER, NURSE, PHARMACIST, ADMIN, AUDITOR }
