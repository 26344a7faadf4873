package org.epma.prescribing.oxygen;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a chart of a stretch of time shows of a patient's oxygen: the orders in force at any moment of it (prescribed
 * before its end, not stopped before its start), in the order they were prescribed, and the checks taken within it, in
 * the order they were taken. An order outside the stretch comes too when a check within it was read against that order.
 */
public record OxygenPeriod(List<OxygenOrder> orders, List<OxygenCheck> checks) {

    public OxygenPeriod {
        orders = List.copyOf(orders);
        checks = List.copyOf(checks);
    }

    /** {@code orders}: the patient's orders (any); {@code checks}: any of the patient's checks. From {@code from} up to {@code to}. */
    public static OxygenPeriod of(List<OxygenOrder> orders, List<OxygenCheck> checks, Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<OxygenCheck> within = checks.stream()
                .filter(c -> !c.checkedAt().isBefore(from) && c.checkedAt().isBefore(to))
                .sorted(Comparator.comparing(OxygenCheck::checkedAt).thenComparing(OxygenCheck::id,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        Set<Long> readAgainst = within.stream().map(OxygenCheck::oxygenOrderId).collect(Collectors.toSet());
        List<OxygenOrder> shown = orders.stream()
                .filter(o -> inForceWithin(o, from, to) || readAgainst.contains(o.id()))
                .sorted(Comparator.comparing(OxygenOrder::prescribedAt).thenComparing(OxygenOrder::id,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return new OxygenPeriod(shown, within);
    }

    public boolean isEmpty() {
        return orders.isEmpty() && checks.isEmpty();
    }

    private static boolean inForceWithin(OxygenOrder order, Instant from, Instant to) {
        return order.prescribedAt().isBefore(to) && (order.stoppedAt() == null || order.stoppedAt().isAfter(from));
    }
}
