package org.epma.pharmacy.outbox;

/** When a destination first hears of a new order: once it is signed, or once a pharmacist has verified it. */
public enum SendOn { SIGNING, VERIFICATION }
