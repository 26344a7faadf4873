package org.epma.prescribing.infusion.running;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.epma.prescribing.infusion.InfusionBag;
import org.epma.prescribing.infusion.InfusionKind;
import org.junit.jupiter.api.Test;

/** What a MAR of a stretch of days shows of a bag of sodium chloride 0.9% 1000 mL at 125 mL/hour. */
class InfusionPeriodTest {

    private static final InfusionPlan SALINE = new InfusionPlan(InfusionKind.FLUID,
            new InfusionBag(null, new BigDecimal("1000"), null), new BigDecimal("125"), null, null, null);
    private static final Instant FROM = Instant.parse("2026-12-03T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-05T00:00:00Z");

    private final List<InfusionEvent> recorded = new ArrayList<>();

    private InfusionEvent at(String instant, java.util.function.Function<InfusionRun, InfusionRun.Next> next) {
        InfusionRun.Next decided = next.apply(new InfusionRun(SALINE, recorded));
        Instant when = Instant.parse(instant);
        InfusionEvent event = new InfusionEvent(6, 12, decided,
                decided.event().hangsABag() ? new InfusionEvent.BagScan("05000000000011", null, null, null) : null,
                new InfusionEvent.Recording("key-" + recorded.size(), when, null, when, "nurse.evans"));
        recorded.add(event);
        return event;
    }

    @Test
    void aBagPutUpBeforeTheChart_isTheEventBefore_andLaterEventsAreWithin() {
        at("2026-12-02T20:00:00Z", InfusionRun::start);
        InfusionEvent paused = at("2026-12-02T22:00:00Z", run -> run.pause("cannula tissued"));
        InfusionEvent restarted = at("2026-12-03T01:00:00Z", InfusionRun::restart);
        InfusionEvent changed = at("2026-12-04T06:00:00Z", run -> run.changeBag(new BigDecimal("1000")));

        InfusionPeriod period = InfusionPeriod.of(recorded, FROM, TO);

        assertSame(paused, period.before());
        assertEquals(List.of(restarted, changed), period.within());
    }

    @Test
    void anEventAtTheChartsEnd_isLeftForTheNextDays_andOneAtItsStartIsWithin() {
        InfusionEvent started = at("2026-12-03T00:00:00Z", InfusionRun::start);
        at("2026-12-05T00:00:00Z", run -> run.stop(null, "course complete"));

        InfusionPeriod period = InfusionPeriod.of(recorded, FROM, TO);

        assertNull(period.before());
        assertEquals(List.of(started), period.within());
    }

    @Test
    void anInfusionNotStarted_hasNothingToDraw() {
        InfusionPeriod period = InfusionPeriod.of(List.of(), FROM, TO);
        assertNull(period.before());
        assertEquals(List.of(), period.within());
    }
}
