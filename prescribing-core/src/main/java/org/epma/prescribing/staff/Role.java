package org.epma.prescribing.staff;

import org.epma.prescribing.wording.Term;

/**
 * What a member of staff may do. A user may hold more than one (a nurse who prescribes). NURSE_IN_CHARGE is held
 * with NURSE by the senior nurses who take charge of a ward: they may strike through a colleague's record, with a reason.
 * AUDITOR reviews the audit trail (who read or changed what) and has no clinical access.
 */
public enum Role implements Term {
    PRESCRIBER, NURSE, NURSE_IN_CHARGE, PHARMACIST, ADMIN, AUDITOR;

    @Override
    public String vocabulary() {
        return "role";
    }
}
