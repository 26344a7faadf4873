package org.epma.prescribing.ward;

/** How a stay on a ward ended. */
public enum StayEnd { DISCHARGED, TRANSFERRED, CANCELLED }
