package org.epma.prescribing.patient;

/** Whether allergies have been asked about: nothing can be prescribed while this is NOT_RECORDED. */
public enum AllergyStatus { NOT_RECORDED, NO_KNOWN_ALLERGIES, KNOWN_ALLERGIES }
