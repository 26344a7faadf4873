package org.epma.prescribing.discharge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a discharge prescription still lacks before it is signed (NICE NG5, 1.3.7: what changed and why, at every
 * transfer of care): a reason for each medicine started, changed or stopped, and the supply of each medicine going home.
 */
public record DischargeGaps(List<Long> reasonsMissing, List<Long> suppliesMissing) {

    public boolean none() {
        return reasonsMissing.isEmpty() && suppliesMissing.isEmpty();
    }

    public static DischargeGaps of(List<DischargeItem> items, List<MedicineChange> changes) {
        Map<String, DischargeItem> byReference = items.stream().collect(Collectors.toMap(DischargeItem::reference, Function.identity()));
        List<Long> reasons = new ArrayList<>();
        for (MedicineChange change : changes) {
            if (!change.needsReason()) {
                continue;
            }
            DischargeItem explained = byReference.get((change.kind() == MedicineChange.Kind.STOPPED ? change.before() : change.after()).reference());
            if (explained.reason() == null) {
                reasons.add(explained.id());
            }
        }
        List<Long> supplies = items.stream().filter(DischargeItem::goingHome).filter(item -> !item.supplySaid())
                .map(DischargeItem::id).toList();
        return new DischargeGaps(reasons, supplies);
    }
}
