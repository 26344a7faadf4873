package org.epma.hl7.inbound;

/**
 * What the handler did with a message it accepted. Both answer AA: a sender resends when our ACK was lost,
 * and only an AA stops it resending a message we already hold.
 */
public enum Receipt {
    /** The event was applied now. */
    APPLIED,
    /** The same message (sender and control id) was applied before; nothing was changed this time. */
    REPEAT
}
