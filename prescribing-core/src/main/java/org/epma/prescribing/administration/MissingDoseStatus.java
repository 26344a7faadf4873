package org.epma.prescribing.administration;

import java.util.Set;
import org.epma.prescribing.wording.Term;

/** Where a request to pharmacy for a dose that is not on the ward stands. */
public enum MissingDoseStatus implements Term {
    REQUESTED, ACKNOWLEDGED, SUPPLIED, CANCELLED;

    public Set<MissingDoseStatus> next() {
        return switch (this) {
            case REQUESTED -> Set.of(ACKNOWLEDGED, SUPPLIED, CANCELLED);
            case ACKNOWLEDGED -> Set.of(SUPPLIED, CANCELLED);
            case SUPPLIED, CANCELLED -> Set.of();
        };
    }

    public boolean isOpen() {
        return this == REQUESTED || this == ACKNOWLEDGED;
    }

    @Override
    public String vocabulary() {
        return "missingDoseStatus";
    }
}
