package org.epma.prescribing.infusion.running;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The events of running infusions, by the infusion order they belong to. */
public interface InfusionEvents {

    void add(InfusionEvent event);

    Optional<InfusionEvent> byKey(String idempotencyKey);

    /** One order's events, in the order they happened. */
    List<InfusionEvent> of(long prescriptionId);

    /** The events of several orders, in the order they happened. */
    List<InfusionEvent> of(Collection<Long> prescriptionIds);
}
