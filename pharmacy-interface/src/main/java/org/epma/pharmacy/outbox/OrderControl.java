package org.epma.pharmacy.outbox;

import org.epma.prescribing.order.OrderEvent;

/** HL7 v2 order control codes (table 0119) for the order events dispensing systems hear of. */
public enum OrderControl {
    /** New order. */
    NW,
    /** Changed as requested: a new version replacing an earlier one. */
    XO,
    /** Discontinued. */
    DC,
    /** On hold (suspended). */
    HD,
    /** Released from hold (resumed). */
    RL,
    /** Status changed: sent with order status CM (table 0038) when an order has run its course. */
    SC;

    /** The control code of an order event; a signed or verified order that replaces another is a change. */
    public static OrderControl of(OrderEvent.Kind kind, boolean replacesAnother) {
        return switch (kind) {
            case SIGNED, VERIFIED -> replacesAnother ? XO : NW;
            case SUSPENDED -> HD;
            case RESUMED -> RL;
            case DISCONTINUED -> DC;
            case COMPLETED -> SC;
        };
    }
}
