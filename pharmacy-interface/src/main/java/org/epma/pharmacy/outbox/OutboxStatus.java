package org.epma.pharmacy.outbox;

import org.epma.prescribing.wording.Term;

/** PENDING until the destination accepts it (AA); PARKED when it refused the content (AE) or every try failed. */
public enum OutboxStatus implements Term {
    PENDING, DELIVERED, PARKED;

    @Override
    public String vocabulary() {
        return "interface.status";
    }
}
