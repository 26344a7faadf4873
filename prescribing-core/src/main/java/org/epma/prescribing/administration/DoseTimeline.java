package org.epma.prescribing.administration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.prescribing.order.DoseSchedule;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.ward.DoseWindow;

/**
 * The scheduled doses of an order over a stretch of time, matched with what was recorded for them. An order that
 * was stopped has no doses after it stopped; a suspended one shows its doses but none of them falls due.
 */
public final class DoseTimeline {

    private final DoseSchedule schedule;

    public DoseTimeline(DoseSchedule schedule) {
        this.schedule = schedule;
    }

    /**
     * @param records the order's records (any version of it), struck-through ones included: they are left out here
     */
    public List<ChartDose> doses(Prescription order, DoseWindow window, Collection<Administration> records,
                                 Instant from, Instant to, Instant now) {
        Instant end = order.endAt();
        if (!order.status().isCurrent() && order.statusChangedAt() != null && (end == null || order.statusChangedAt().isBefore(end))) {
            end = order.statusChangedAt();
        }
        Map<Instant, Administration> recorded = new HashMap<>();
        for (Administration record : effective(records)) {
            if (record.scheduledAt() != null) {
                recorded.putIfAbsent(record.scheduledAt(), record);
            }
        }
        List<ChartDose> doses = new ArrayList<>();
        for (Instant time : schedule.times(order.frequency(), order.startAt(), end, from, to)) {
            Administration record = recorded.get(time);
            ChartDose.State state = record != null
                    ? (record.outcome() == Outcome.GIVEN ? ChartDose.State.GIVEN : ChartDose.State.NOT_GIVEN)
                    : order.status() == PrescriptionStatus.SUSPENDED ? ChartDose.State.NOT_YET_DUE
                    : ChartDose.State.of(window.statusAt(time, now));
            doses.add(new ChartDose(order.id(), order.lineageId(), time, window.around(time), state, record));
        }
        return doses;
    }

    /**
     * The scheduled doses of an order in [from, to) that have no standing record: what the drug round lists. The
     * caller says which dose times are recorded, which is far cheaper to fetch than the records themselves.
     */
    public List<ChartDose> unrecorded(Prescription order, DoseWindow window, Set<Instant> recordedTimes, Instant from,
                                      Instant to, Instant now) {
        List<ChartDose> doses = new ArrayList<>();
        for (Instant time : schedule.times(order.frequency(), order.startAt(), order.endAt(), from, to)) {
            if (!recordedTimes.contains(time)) {
                ChartDose.State state = order.status() == PrescriptionStatus.SUSPENDED ? ChartDose.State.NOT_YET_DUE
                        : ChartDose.State.of(window.statusAt(time, now));
                doses.add(new ChartDose(order.id(), order.lineageId(), time, window.around(time), state, null));
            }
        }
        return doses;
    }

    /** The records still standing: those not struck through, without the striking-through records themselves. */
    public static List<Administration> effective(Collection<Administration> records) {
        Set<Long> struck = records.stream().filter(r -> r.outcome() == Outcome.IN_ERROR).map(Administration::correctsId)
                .collect(Collectors.toSet());
        return records.stream().filter(r -> r.outcome() != Outcome.IN_ERROR && !struck.contains(r.id())).toList();
    }
}
