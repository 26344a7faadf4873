package org.epma.hl7.outbound;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.epma.prescribing.formulary.Frequency;

/**
 * When doses are given. A PRN frequency is always as needed; an interval frequency can be as needed too
 * ("every 4 hours when required").
 *
 * @param doseTimes the ward's clock times for fixed-time frequencies, local to the ward; empty otherwise
 * @param end may be null for an order with no planned end
 * @param prnCondition why an as-needed dose is given ("for pain"); empty when not as needed
 * @param limits the shortest interval and the most doses in 24 hours of an as-needed order; null when not as needed
 */
public record Timing(Frequency frequency, List<LocalTime> doseTimes, Instant start, Instant end,
                     boolean asNeeded, String prnCondition, AsNeededLimits limits) {

    public Timing {
        Objects.requireNonNull(frequency, "frequency");
        doseTimes = List.copyOf(doseTimes);
        Objects.requireNonNull(start, "start");
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("an order must end after it starts");
        }
        asNeeded = asNeeded || frequency == Frequency.PRN;
        prnCondition = Objects.requireNonNullElse(prnCondition, "");
        if (!asNeeded && !prnCondition.isEmpty()) {
            throw new IllegalArgumentException("a PRN condition belongs to an as-needed order only");
        }
        if (!asNeeded && limits != null) {
            throw new IllegalArgumentException("as-needed limits belong to an as-needed order only");
        }
    }

    /** A regular (not as-needed) timing. */
    public static Timing regular(Frequency frequency, List<LocalTime> doseTimes, Instant start, Instant end) {
        return new Timing(frequency, doseTimes, start, end, false, "", null);
    }

    /** An as-needed timing with the reason for a dose and the prescriber's limits (null when none were given). */
    public static Timing asNeeded(Frequency frequency, Instant start, Instant end, String condition, AsNeededLimits limits) {
        return new Timing(frequency, List.of(), start, end, true, condition, limits);
    }
}
