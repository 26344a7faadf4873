package org.epma.prescribing.vte;

import java.time.LocalDate;

/**
 * Whether a VTE risk assessment is due. NICE NG89 covers people aged 16 and over in hospital: a patient of that age (on
 * the day asked) with a current admission that has no assessment has one due, from admission until it is done. A
 * patient with no date of birth is treated as within scope, so that an unknown age never hides the prompt.
 */
public final class VteDue {

    /** NICE NG89's population: people aged 16 and over. */
    public static final int FROM_AGE = 16;

    private VteDue() {
    }

    public static boolean due(LocalDate dateOfBirth, LocalDate today, boolean admitted, boolean assessedThisAdmission) {
        if (!admitted || assessedThisAdmission) {
            return false;
        }
        return dateOfBirth == null || !dateOfBirth.plusYears(FROM_AGE).isAfter(today);
    }
}
