package org.epma.prescribing.administration;

import java.time.Instant;
import java.util.Objects;
import org.epma.prescribing.wording.Wording;

/**
 * Whether an as-needed dose may be given now. A refusal carries one English sentence for the nurse, the same as a
 * message key with arguments, and the facts behind it (which limit, the last dose, the doses in the last 24 hours,
 * when the next may be given).
 */
public sealed interface PrnDecision permits PrnDecision.Allowed, PrnDecision.Refused {

    boolean allowed();

    /** Which limit of the order stops the dose. */
    enum PrnLimit {
        MINIMUM_INTERVAL,
        MAXIMUM_IN_24_HOURS
    }

    record Allowed() implements PrnDecision {
        @Override
        public boolean allowed() {
            return true;
        }
    }

    record Refused(PrnLimit limit, Instant lastDose, int dosesInLast24Hours, Instant nextDoseFrom, String message, Wording wording)
            implements PrnDecision {

        public Refused {
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(lastDose, "lastDose");
            Objects.requireNonNull(nextDoseFrom, "nextDoseFrom");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(wording, "wording");
        }

        @Override
        public boolean allowed() {
            return false;
        }
    }
}
