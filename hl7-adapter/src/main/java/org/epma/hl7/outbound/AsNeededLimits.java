package org.epma.hl7.outbound;

import java.time.Duration;
import java.util.Objects;

/**
 * The prescriber's limits on an as-needed order: the shortest time between doses and the most doses in any 24 hours.
 * A dispensing system needs both as values, not only in words, to label, supply and check the order.
 */
public record AsNeededLimits(Duration minimumInterval, int maxDosesIn24Hours) {

    public AsNeededLimits {
        Objects.requireNonNull(minimumInterval, "minimumInterval");
        if (minimumInterval.isNegative() || minimumInterval.isZero()) {
            throw new IllegalArgumentException("the shortest time between doses must be more than zero: " + minimumInterval);
        }
        if (maxDosesIn24Hours < 1) {
            throw new IllegalArgumentException("at least one dose in 24 hours: " + maxDosesIn24Hours);
        }
    }
}
