package org.epma.pharmacy.outbox;

/** What a destination receives: the pharmacy-validated order, or the placer order sent on signing. */
public enum MessageType { RDE_O11, OMP_O09 }
