package org.epma.prescribing.administration;

/** How the patient and the product were identified: both scanned, or picked by hand with a recorded reason. */
public enum Identification { SCAN, MANUAL }
