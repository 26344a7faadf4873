package org.epma.prescribing.ward;

/** A ward as the ward list shows it: its definition and how many patients are on it now. */
public record WardSummary(WardDefinition ward, int bedCount, int patientCount) {
}
