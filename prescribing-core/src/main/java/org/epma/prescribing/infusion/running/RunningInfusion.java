package org.epma.prescribing.infusion.running;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.epma.prescribing.glucose.GlucoseReading;
import org.epma.prescribing.infusion.InfusionDetails;
import org.epma.prescribing.order.Prescription;

/**
 * A continuous infusion or fluid as the bedside sees it: the order and its infusion part, every event, where it stands,
 * the rate in force, the bag up and when it runs out (null unless running), and whether a bag is due — the order is in
 * force and no bag has been started, or the bag up runs out by {@code dueBy}. {@code events}: what the nurses recorded,
 * those struck through among them; {@code corrections}: the strike-throughs, by the id of the event each marks in error.
 * For a VRIII, {@code scale}: what its scale gives at the patient's latest glucose (null otherwise, or with no reading).
 */
public record RunningInfusion(Prescription order, InfusionDetails infusion, List<InfusionEvent> events,
                              Map<Long, InfusionEvent> corrections, InfusionState state, RateSetting rate, int bagNumber,
                              Instant bagRunsOutAt, boolean bagDue, ScaleAtReading scale) {

    static RunningInfusion of(Prescription order, InfusionDetails infusion, InfusionRun run, Instant dueBy, GlucoseReading latest) {
        Instant runsOut = run.bagRunsOutAt().orElse(null);
        boolean due = switch (run.state()) {
            case NOT_STARTED -> InfusionAdministration.IN_FORCE.contains(order.status());
            case RUNNING -> !runsOut.isAfter(dueBy);
            case PAUSED, STOPPED -> false;
        };
        List<InfusionEvent> recorded = run.events().stream().filter(e -> e.event() != InfusionEventType.STRUCK_THROUGH).toList();
        return new RunningInfusion(order, infusion, recorded, run.corrections(), run.state(), run.rate(), run.bagNumber(), runsOut, due,
                ScaleAtReading.of(infusion, latest));
    }
}
