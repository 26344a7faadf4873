package org.epma.prescribing.oxygen;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The oxygen order a patient is on and its latest check (null before the first): what the drug round shows beside the
 * patient. The latest check is the order's own, read against its target; a check of an earlier order was read against
 * another target and is not shown as this one's.
 */
public record OxygenInUse(OxygenOrder order, OxygenCheck latestCheck) {

    private static final Comparator<OxygenOrder> PRESCRIBED = Comparator.comparing(OxygenOrder::prescribedAt)
            .thenComparing(OxygenOrder::id, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<OxygenCheck> TAKEN = Comparator.comparing(OxygenCheck::checkedAt)
            .thenComparing(OxygenCheck::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    public OxygenInUse {
        Objects.requireNonNull(order, "order");
    }

    /**
     * Each patient's order in use, by patient id, from the active orders of a ward's patients and candidate checks of
     * those orders (any number, in any order). A new order stops the one before, so a patient has one active order; were
     * two ever left active, the later prescribed is the one in use. Of checks taken at the same instant the one recorded
     * last counts.
     */
    public static Map<Long, OxygenInUse> byPatient(Collection<OxygenOrder> activeOrders, Collection<OxygenCheck> checks) {
        Map<Long, OxygenOrder> orders = new HashMap<>();
        for (OxygenOrder order : activeOrders) {
            if (order.active()) {
                orders.merge(order.patientId(), order, (a, b) -> PRESCRIBED.compare(a, b) >= 0 ? a : b);
            }
        }
        Map<Long, OxygenCheck> latest = new HashMap<>();
        for (OxygenCheck check : checks) {
            latest.merge(check.oxygenOrderId(), check, (a, b) -> TAKEN.compare(a, b) >= 0 ? a : b);
        }
        Map<Long, OxygenInUse> inUse = new HashMap<>();
        orders.forEach((patient, order) -> inUse.put(patient, new OxygenInUse(order, latest.get(order.id()))));
        return inUse;
    }
}
