package org.epma.prescribing.administration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.DoseSchedule;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.ValidOrder;
import org.epma.prescribing.ward.DoseWindow;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DoseTimelineTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DoseTimeline TIMELINE = new DoseTimeline(new DoseSchedule(Map.of(), LONDON));
    private static final Product LEVETIRACETAM = new Product("LEVETIRACETAM-TAB-500", "Levetiracetam 500 mg tablets",
            "levetiracetam", Form.TABLET, List.of(new Ingredient("levetiracetam", Quantity.of("500", Unit.MG))),
            Quantity.of("1", Unit.TABLET), Set.of(Route.PO), Unit.MG, "N03AX14", Set.of(), Set.of(), Set.of(), null, true,
            false, "00200000000011", "test");
    private static final Instant START = Instant.parse("2026-11-22T09:00:00Z");

    private static Prescription twiceDaily() {
        Prescription order = Prescription.draft(1, 7, new ValidOrder(LEVETIRACETAM, new Dose(new BigDecimal("500"), null, Unit.MG),
                Route.PO, Frequency.BD, null, START, null, "Epilepsy", null, null), "dr.jones", START);
        order.sign("dr.jones", "test", START);
        order.verify("pharm.hughes", START);
        return order;
    }

    private static List<ChartDose.State> states(Prescription order, List<Administration> records, String now) {
        return TIMELINE.doses(order, DoseWindow.timeCritical(), records, START, Instant.parse("2026-11-24T00:00:00Z"),
                Instant.parse(now)).stream().map(ChartDose::state).toList();
    }

    private static Administration given(Prescription order, String scheduled) {
        Instant at = Instant.parse(scheduled).plusSeconds(300);
        return Administration.given(order, Instant.parse(scheduled), new Administration.Given(new BigDecimal("500"), Unit.MG,
                BigDecimal.ONE, Route.PO, null, LEVETIRACETAM.code(), null, null, null, null), null,
                new Administration.Circumstances("k-" + scheduled, Identification.SCAN, null, null, at, at, "nurse.evans", null));
    }

    @Test
    void aTimeCriticalDoseIsDueOnlyWithinHalfAnHourOfItsTimeAndOverdueAfterIt() {
        Prescription order = twiceDaily();
        assertEquals(List.of(ChartDose.State.OVERDUE, ChartDose.State.DUE, ChartDose.State.NOT_YET_DUE),
                states(order, List.of(), "2026-11-23T07:45:00Z"));
        assertEquals(ChartDose.State.NOT_YET_DUE, states(order, List.of(), "2026-11-23T07:29:00Z").get(1));
        assertEquals(ChartDose.State.OVERDUE, states(order, List.of(), "2026-11-23T08:30:00Z").get(1));
    }

    @Test
    void aRecordedDoseShowsWhatWasRecordedWhateverTheTime() {
        Prescription order = twiceDaily();
        List<ChartDose> doses = TIMELINE.doses(order, DoseWindow.timeCritical(), List.of(given(order, "2026-11-22T20:00:00Z")),
                START, Instant.parse("2026-11-23T12:00:00Z"), Instant.parse("2026-11-23T12:00:00Z"));
        assertEquals(ChartDose.State.GIVEN, doses.get(0).state());
        assertEquals("nurse.evans", doses.get(0).record().recordedBy());
    }

    @Test
    void aSuspendedOrdersDosesNeverFallDueAndAStoppedOrderHasNoneAfterItStopped() {
        Prescription suspended = twiceDaily();
        suspended.suspend("nil by mouth for theatre", "dr.jones", Instant.parse("2026-11-22T12:00:00Z"));
        assertEquals(Set.of(ChartDose.State.NOT_YET_DUE), Set.copyOf(states(suspended, List.of(), "2026-11-23T09:00:00Z")));
        Prescription stopped = twiceDaily();
        stopped.discontinue("seizure-free, changed to lamotrigine", "dr.jones", Instant.parse("2026-11-23T10:00:00Z"));
        assertEquals(2, states(stopped, List.of(), "2026-11-23T12:00:00Z").size(), "20:00 and 08:00, and none after the 10:00 stop");
    }
}
