package org.epma.prescribing.checks;

/** What kind of problem an alert reports (CLINICAL.md, Order checks). */
public enum AlertCategory {
    DOSE_SINGLE, DOSE_DAILY, DOSE_FREQUENCY, ALLERGY, CROSS_SENSITIVITY, INTERACTION, DUPLICATE_THERAPY, ROUTE,
    RENAL, AGE, WEIGHT, PREGNANCY, MISSING_DATA
}
