package org.epma.prescribing.infusion.running;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a chart of a stretch of time shows of one infusion: the events that happened within it, and the last one before
 * it, which says whether a bag was already up at the chart's start, which bag and at what rate.
 */
public record InfusionPeriod(InfusionEvent before, List<InfusionEvent> within) {

    public InfusionPeriod {
        within = List.copyOf(within);
    }

    /** {@code events} in the order they happened; the period runs from {@code from} up to, not including, {@code to}. */
    public static InfusionPeriod of(List<InfusionEvent> events, Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        InfusionEvent before = null;
        for (InfusionEvent event : events) {
            if (event.occurredAt().isBefore(from)) {
                before = event;
            }
        }
        return new InfusionPeriod(before, events.stream()
                .filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to)).toList());
    }
}
