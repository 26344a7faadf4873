package org.epma.pharmacy.outbox;

/** PENDING until the destination accepts it (AA); PARKED when it refused the content (AE) or every try failed. */
public enum OutboxStatus { PENDING, DELIVERED, PARKED }
