package org.epma.prescribing.ward;

/** What kind of patients a ward looks after; children's wards use children's dose rules. */
public enum WardSpecialty { ADULT_MEDICAL, ADULT_SURGICAL, PAEDIATRIC, OTHER }
