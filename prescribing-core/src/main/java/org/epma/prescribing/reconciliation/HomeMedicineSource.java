package org.epma.prescribing.reconciliation;

import org.epma.prescribing.wording.Term;

/** Where a medicine the patient took before admission was learnt from (the sources issue 18 names; NICE NG5 section 1.3 asks for more than one where possible). */
public enum HomeMedicineSource implements Term {
    PATIENT, CARER, GP_RECORD, OWN_SUPPLY, PREVIOUS_DISCHARGE_LETTER;

    @Override
    public String vocabulary() {
        return "reconciliation.source";
    }
}
