package org.epma.prescribing.discharge;

import org.epma.prescribing.wording.Term;

/**
 * Where a discharge prescription stands: written by a prescriber ({@code DRAFT}, and again when pharmacy returns it),
 * signed and waiting for a pharmacist's screening, then screened and released to be supplied.
 */
public enum DischargeStatus implements Term {
    DRAFT, AWAITING_SCREENING, SCREENED;

    @Override
    public String vocabulary() {
        return "dischargeStatus";
    }
}
