package org.epma.prescribing.infusion.running;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a chart of a stretch of time shows of one infusion: the events that happened within it (those struck through
 * among them, to be shown struck through), the last standing one before it, which says whether a bag was already up at
 * the chart's start, which bag and at what rate, and the strike-throughs by the id of the event each marks in error.
 */
public record InfusionPeriod(InfusionEvent before, List<InfusionEvent> within, Map<Long, InfusionEvent> corrections) {

    public InfusionPeriod {
        within = List.copyOf(within);
        corrections = Map.copyOf(corrections);
    }

    /** {@code events} in the order they happened; the period runs from {@code from} up to, not including, {@code to}. */
    public static InfusionPeriod of(List<InfusionEvent> events, Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Map<Long, InfusionEvent> corrections = InfusionRun.corrections(events);
        InfusionEvent before = null;
        List<InfusionEvent> within = new ArrayList<>();
        for (InfusionEvent event : events) {
            if (event.event() == InfusionEventType.STRUCK_THROUGH) {
                continue;
            }
            if (event.occurredAt().isBefore(from)) {
                before = event.id() != null && corrections.containsKey(event.id()) ? before : event;
            } else if (event.occurredAt().isBefore(to)) {
                within.add(event);
            }
        }
        return new InfusionPeriod(before, within, corrections);
    }
}
