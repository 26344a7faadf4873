package org.epma.prescribing.patient;

import org.epma.prescribing.wording.Term;

/** Pregnancy and breastfeeding, as the pregnancy checks need them. */
public enum PregnancyStatus implements Term {
    NOT_RECORDED, NOT_APPLICABLE, NOT_PREGNANT, PREGNANT, BREASTFEEDING;

    @Override
    public String vocabulary() {
        return "pregnancy";
    }
}
