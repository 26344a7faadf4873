package org.epma.prescribing.patient;

/** How bad the recorded reaction was. */
public enum AllergySeverity { MILD, MODERATE, SEVERE, UNKNOWN }
