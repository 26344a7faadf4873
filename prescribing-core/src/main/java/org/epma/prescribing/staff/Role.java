package org.epma.prescribing.staff;

/** What a member of staff may do. A user may hold more than one (a nurse who prescribes). */
public enum Role { PRESCRIBER, NURSE, PHARMACIST, ADMIN }
