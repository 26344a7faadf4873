package org.epma.prescribing.patient;

/** Sex as recorded for clinical purposes (dose rules and pregnancy checks read it). */
public enum Sex { FEMALE, MALE, OTHER, UNKNOWN }
