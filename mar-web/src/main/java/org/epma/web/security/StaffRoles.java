package org.epma.web.security;

/** Role names as annotations need them (compile-time constants of {@link org.epma.prescribing.staff.Role}). */
public final class StaffRoles {
    public static final String PRESCRIBER = "PRESCRIBER";
    public static final String NURSE = "NURSE";
    public static final String NURSE_IN_CHARGE = "NURSE_IN_CHARGE";
    public static final String PHARMACIST = "PHARMACIST";
    public static final String ADMIN = "ADMIN";
    public static final String AUDITOR = "AUDITOR";

    private StaffRoles() {
    }
}
