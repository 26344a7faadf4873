package org.epma.prescribing.reconciliation;

import org.epma.prescribing.wording.Term;

/** Where a medicine the patient took before admission was learnt from (issue 18's list, NICE NG5 1.3.4). */
public enum HomeMedicineSource implements Term {
    PATIENT, CARER, GP_RECORD, OWN_SUPPLY, PREVIOUS_DISCHARGE_LETTER;

    @Override
    public String vocabulary() {
        return "reconciliation.source";
    }
}
