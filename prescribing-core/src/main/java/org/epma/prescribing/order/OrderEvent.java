package org.epma.prescribing.order;

/**
 * Something happened to an order that systems outside prescribing may need to hear of (pharmacy dispensing).
 * Fired synchronously inside the transaction of the change, so whatever an observer writes commits or rolls back
 * with it.
 */
public record OrderEvent(long prescriptionId, Kind kind) {

    public enum Kind { SIGNED, VERIFIED, SUSPENDED, RESUMED, DISCONTINUED, COMPLETED }
}
