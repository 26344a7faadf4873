package org.epma.prescribing.order;

import java.util.Set;
import org.epma.prescribing.wording.Term;

/** Where an order is in its life (CLINICAL.md, Prescriptions), plus the drafts before signing. */
public enum PrescriptionStatus implements Term {
    DRAFT, PENDING_VERIFICATION, VERIFIED, SUSPENDED, DISCONTINUED, COMPLETED, REJECTED, SUPERSEDED, DISCARDED;

    /** Orders the checks weigh a new order against: signed and not stopped (a suspended order may resume). */
    public static final Set<PrescriptionStatus> CURRENT = Set.of(PENDING_VERIFICATION, VERIFIED, SUSPENDED);

    public boolean isCurrent() {
        return CURRENT.contains(this);
    }

    @Override
    public String vocabulary() {
        return "orderStatus";
    }
}
