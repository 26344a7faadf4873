package org.epma.prescribing.infusion.running;

import java.time.Instant;
import java.util.List;
import org.epma.prescribing.glucose.GlucoseReading;
import org.epma.prescribing.infusion.InfusionDetails;
import org.epma.prescribing.order.Prescription;

/**
 * A continuous infusion or fluid as the bedside sees it: the order and its infusion part, every event, where it stands,
 * the rate in force, the bag up and when it runs out (null unless running), and whether a bag is due — the order is in
 * force and no bag has been started, or the bag up runs out by {@code dueBy}; for a VRIII, what its scale gives at the
 * patient's latest glucose ({@code scale}; null otherwise, or with no reading).
 */
public record RunningInfusion(Prescription order, InfusionDetails infusion, List<InfusionEvent> events, InfusionState state,
                              RateSetting rate, int bagNumber, Instant bagRunsOutAt, boolean bagDue,
                              ScaleAtReading scale) {

    static RunningInfusion of(Prescription order, InfusionDetails infusion, InfusionRun run, Instant dueBy, GlucoseReading latest) {
        Instant runsOut = run.bagRunsOutAt().orElse(null);
        boolean due = switch (run.state()) {
            case NOT_STARTED -> InfusionAdministration.IN_FORCE.contains(order.status());
            case RUNNING -> !runsOut.isAfter(dueBy);
            case PAUSED, STOPPED -> false;
        };
        return new RunningInfusion(order, infusion, run.events(), run.state(), run.rate(), run.bagNumber(), runsOut, due,
                ScaleAtReading.of(infusion, latest));
    }
}
