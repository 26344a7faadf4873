package org.epma.prescribing.infusion.running;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.infusion.DoseRate;
import org.epma.prescribing.infusion.DoseRateUnit;
import org.epma.prescribing.infusion.InfusionBag;
import org.epma.prescribing.infusion.InfusionKind;
import org.epma.prescribing.infusion.Titration;
import org.epma.prescribing.refusal.ConflictException;
import org.junit.jupiter.api.Test;

/**
 * An event struck through as made in error: the event stays, a correction is written beside it, and where the infusion
 * stands is worked out again without it. Heparin 25,000 units in 50 mL at 2 mL/hour (1000 units/hour), adjustable 500 to
 * 2000 units/hour, as in docs/infusions.md.
 */
class InfusionStrikeThroughTest {

    private static final Instant NINE = Instant.parse("2026-12-04T09:00:00Z");
    private static final InfusionPlan HEPARIN = new InfusionPlan(InfusionKind.CONTINUOUS,
            new InfusionBag(new Quantity(new BigDecimal("25000"), Unit.UNIT), new BigDecimal("50"), "NACL-0P9-100ML"),
            new BigDecimal("2"), rate("1000"), new Titration(rate("500"), rate("2000"), "an APTT ratio of 1.5 to 2.5"), null);

    private final List<InfusionEvent> recorded = new ArrayList<>();
    private int minutes;

    private static DoseRate rate(String units) {
        return new DoseRate(new BigDecimal(units), DoseRateUnit.UNITS_PER_HOUR);
    }

    /** These tests have no database: each event gets the id the table would give it. */
    private InfusionEvent stored(InfusionEvent event) {
        try {
            Field id = InfusionEvent.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(event, (long) recorded.size() + 1);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        recorded.add(event);
        return event;
    }

    private InfusionEvent then(int afterMinutes, Function<InfusionRun, InfusionRun.Next> next) {
        InfusionRun.Next decided = next.apply(new InfusionRun(HEPARIN, recorded));
        minutes += afterMinutes;
        Instant at = NINE.plusSeconds(60L * minutes);
        return stored(new InfusionEvent(6, 12, decided,
                decided.event().hangsABag() ? new InfusionEvent.BagScan("00200000000622", null, null, null) : null,
                new InfusionEvent.Recording("key-" + recorded.size(), at, null, at, "nurse.evans")));
    }

    private InfusionEvent struck(InfusionEvent event, String why) {
        minutes += 5;
        return stored(event.strikeThrough(why, "strike-" + recorded.size(), NINE.plusSeconds(60L * minutes), "nurse.evans"));
    }

    private InfusionRun run() {
        return new InfusionRun(HEPARIN, recorded);
    }

    @Test
    void aRateChangeStruckThrough_leavesThePumpAtTheRateBeforeIt() {
        then(0, InfusionRun::start);
        InfusionEvent change = then(60, run -> run.changeRate(null, new BigDecimal("1500"), "APTT ratio 1.2", null, null));
        assertEquals(0, new BigDecimal("3").compareTo(run().rate().mlPerHour()));

        InfusionEvent correction = struck(change, "typed for the wrong patient");

        assertEquals(InfusionEventType.STRUCK_THROUGH, correction.event());
        assertEquals(change.id(), correction.correctsId());
        assertEquals("typed for the wrong patient", correction.reason());
        assertEquals(InfusionState.RUNNING, run().state());
        assertEquals(0, new BigDecimal("2").compareTo(run().rate().mlPerHour()));
        assertEquals(rate("1000"), run().rate().doseRate());
        // the event itself is still there, struck through, and the correction names it
        assertEquals(List.of(1L), run().standing().stream().map(InfusionEvent::id).toList());
        assertSame(correction, run().corrections().get(change.id()));
        assertEquals(3, run().events().size());
    }

    @Test
    void aStopStruckThrough_leavesTheInfusionRunning_andItsNextEventCanBeRecorded() {
        then(0, InfusionRun::start);
        InfusionEvent stop = then(30, run -> run.stop(null, "APTT above range"));
        assertEquals(InfusionState.STOPPED, run().state());
        assertThrows(ConflictException.class, () -> run().pause(null));

        struck(stop, "stopped the wrong pump");

        assertEquals(InfusionState.RUNNING, run().state());
        InfusionEvent paused = then(10, run -> run.pause("line flushed"));
        assertEquals(InfusionEventType.PAUSED, paused.event());
        assertEquals(InfusionState.PAUSED, run().state());
    }

    @Test
    void aPauseStruckThrough_leavesItRunning_soThereIsNothingToRestart() {
        then(0, InfusionRun::start);
        InfusionEvent pause = then(30, run -> run.pause(null));
        struck(pause, "recorded on the wrong infusion");
        assertEquals(InfusionState.RUNNING, run().state());
        assertThrows(ConflictException.class, () -> run().restart());
    }

    @Test
    void aVolumeStruckThrough_isNoLongerTheReadingLaterOnesMustNotFallBelow() {
        then(0, InfusionRun::start);
        InfusionEvent reading = then(60, run -> run.recordVolume(new BigDecimal("20")));
        struck(reading, "read off the wrong pump");
        InfusionEvent again = then(5, run -> run.recordVolume(new BigDecimal("2")));
        assertEquals(0, new BigDecimal("2").compareTo(again.volumeInfusedMl()));
    }

    @Test
    void aBagChangeStruckThrough_leavesTheFirstBagUp_andTheNextChangeIsBagTwoAgain() {
        then(0, InfusionRun::start);
        InfusionEvent change = then(60, run -> run.changeBag(null));
        assertEquals(2, run().bagNumber());
        struck(change, "scanned the bag before hanging it");
        assertEquals(1, run().bagNumber());
        assertEquals(2, then(5, run -> run.changeBag(null)).bagNumber());
    }

    @Test
    void aCorrection_isNotItselfStruckThrough() {
        then(0, InfusionRun::start);
        InfusionEvent correction = struck(then(10, run -> run.pause(null)), "in error");
        assertThrows(IllegalStateException.class, () -> correction.strikeThrough("again", "k", NINE.plusSeconds(3600), "nurse.evans"));
    }

    @Test
    void aChartsPeriod_showsTheStruckEventWithItsCorrection_andOpensWithTheLastEventStanding() {
        InfusionEvent start = then(0, InfusionRun::start);
        InfusionEvent change = then(60, run -> run.changeRate(null, new BigDecimal("1500"), "APTT ratio 1.2", null, null));
        InfusionEvent correction = struck(change, "wrong patient");
        Instant from = NINE.plusSeconds(60L * 90);
        InfusionEvent paused = then(30, run -> run.pause(null));

        InfusionPeriod period = InfusionPeriod.of(run().events(), from, from.plusSeconds(86_400));
        assertSame(start, period.before());
        assertEquals(List.of(paused), period.within());
        assertSame(correction, period.corrections().get(change.id()));

        InfusionPeriod earlier = InfusionPeriod.of(run().events(), NINE, from);
        assertNull(earlier.before());
        assertEquals(List.of(start, change), earlier.within());
    }
}
