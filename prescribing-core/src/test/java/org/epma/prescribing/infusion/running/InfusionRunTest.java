package org.epma.prescribing.infusion.running;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.epma.prescribing.administration.AdministrationStopped;
import org.epma.prescribing.administration.Stop;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.infusion.DoseRate;
import org.epma.prescribing.infusion.DoseRateUnit;
import org.epma.prescribing.infusion.InfusionBag;
import org.epma.prescribing.infusion.InfusionKind;
import org.epma.prescribing.infusion.Titration;
import org.epma.prescribing.infusion.VriiiScale;
import org.epma.prescribing.glucose.BloodGlucose;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Every rule of a running infusion without a server: heparin 25,000 units made up to 50 mL (500 units/mL) at 2 mL/hour
 * (1000 units/hour), adjustable 500 to 2000 units/hour (the example of docs/infusions.md); sodium chloride 0.9% 1000 mL
 * at 125 mL/hour (over 8 hours), which has no dose rate and so no titration.
 */
class InfusionRunTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NINE = Instant.parse("2026-12-04T09:00:00Z");
    private static final InfusionPlan HEPARIN = new InfusionPlan(InfusionKind.CONTINUOUS,
            new InfusionBag(new Quantity(new BigDecimal("25000"), Unit.UNIT), new BigDecimal("50"), "NACL-0P9-100ML"),
            new BigDecimal("2"), rate("1000"), new Titration(rate("500"), rate("2000"), "an APTT ratio of 1.5 to 2.5"), null);
    private static final InfusionPlan HEPARIN_FIXED = new InfusionPlan(InfusionKind.CONTINUOUS, HEPARIN.bag(),
            new BigDecimal("2"), rate("1000"), null, null);
    private static final InfusionPlan SALINE = new InfusionPlan(InfusionKind.FLUID,
            new InfusionBag(null, new BigDecimal("1000"), null), new BigDecimal("125"), null, null, null);

    private final List<InfusionEvent> recorded = new ArrayList<>();
    private int minutes;

    private static DoseRate rate(String units) {
        return new DoseRate(new BigDecimal(units), DoseRateUnit.UNITS_PER_HOUR);
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** Records the next event {@code afterMinutes} after the last, as the service would, and returns the run after it. */
    private InfusionRun then(InfusionPlan plan, int afterMinutes, java.util.function.Function<InfusionRun, InfusionRun.Next> next) {
        InfusionRun run = new InfusionRun(plan, recorded);
        InfusionRun.Next decided = next.apply(run);
        minutes += afterMinutes;
        Instant at = NINE.plusSeconds(60L * minutes);
        recorded.add(new InfusionEvent(6, 12, decided, decided.event().hangsABag() ? new InfusionEvent.BagScan("00200000000622", null, null, null) : null,
                new InfusionEvent.Recording("key-" + recorded.size(), at, null, at, "nurse.evans")));
        return new InfusionRun(plan, recorded);
    }

    private InfusionRun started(InfusionPlan plan) {
        return then(plan, 0, InfusionRun::start);
    }

    @Test
    void aFirstBagRunsAtThePrescribedRate() {
        InfusionRun run = started(HEPARIN);
        assertEquals(InfusionState.RUNNING, run.state());
        assertEquals(1, run.bagNumber());
        assertEquals(0, n("2").compareTo(run.rate().mlPerHour()));
        assertEquals(rate("1000"), run.rate().doseRate());
    }

    @Test
    void aSecondStart_isRefused_aNewBagIsABagChange() {
        InfusionRun run = started(HEPARIN);
        ConflictException refused = assertThrows(ConflictException.class, run::start);
        assertEquals("infusion.run.refusal.alreadyStarted", refused.wording().code());
    }

    @Test
    void aRateWithinTheBounds_withAReason_isRecordedBothWays() {
        started(HEPARIN);
        InfusionRun run = then(HEPARIN, 60, r -> r.changeRate(n("3"), null, "APTT ratio 1.2", null, null));
        assertEquals(0, n("3").compareTo(run.rate().mlPerHour()));
        assertEquals(0, n("1500").compareTo(run.rate().doseRate().amount()));
        assertEquals("APTT ratio 1.2", run.events().get(1).reason());
    }

    @Test
    void aRateGivenAsADoseRate_setsThePumpFromIt() {
        InfusionRun run = started(HEPARIN);
        InfusionRun.Next next = run.changeRate(null, n("1250"), "APTT ratio 1.3", null, null);
        assertEquals(0, n("2.5").compareTo(next.rate().mlPerHour()));
        assertEquals(rate("1250"), next.rate().doseRate());
    }

    @Test
    void theEdgesOfTheRange_areWithinIt() {
        InfusionRun run = started(HEPARIN);
        assertEquals(0, n("2000").compareTo(run.changeRate(n("4"), null, "APTT ratio 1.1", null, null).rate().doseRate().amount()));
        assertEquals(0, n("500").compareTo(run.changeRate(null, n("500"), "APTT ratio 3.1", null, null).rate().doseRate().amount()));
    }

    @Test
    void justAboveTheHighest_orBelowTheLowest_needsANewPrescription() {
        InfusionRun run = started(HEPARIN);
        AdministrationStopped above = assertThrows(AdministrationStopped.class, () -> run.changeRate(n("4.1"), null, "APTT 1.0", null, null));
        assertEquals(Stop.RATE_NEEDS_PRESCRIPTION, above.stop());
        assertEquals("infusion.run.refusal.outsideRange", above.wording().code());
        assertTrue(above.getMessage().contains("2050 units/hour") && above.getMessage().contains("new prescription"), above.getMessage());
        AdministrationStopped below = assertThrows(AdministrationStopped.class, () -> run.changeRate(null, n("499"), "APTT 3.5", null, null));
        assertEquals(Stop.RATE_NEEDS_PRESCRIPTION, below.stop());
    }

    @Test
    void aRateChangeWithoutAReason_isRefusedNamingTheReason() {
        InfusionRun run = started(HEPARIN);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> run.changeRate(n("3"), null, null, null, null));
        assertEquals("reason", refused.field());
    }

    @Test
    void anOrderWithoutBounds_runsAtItsRateOnly() {
        InfusionRun run = started(HEPARIN_FIXED);
        AdministrationStopped stopped = assertThrows(AdministrationStopped.class, () -> run.changeRate(n("3"), null, "APTT 1.2", null, null));
        assertEquals(Stop.RATE_NEEDS_PRESCRIPTION, stopped.stop());
        assertEquals("infusion.run.refusal.fixedRate", stopped.wording().code());
    }

    @Test
    void aFluidsRate_isTheOneOnItsPrescription() {
        InfusionRun run = started(SALINE);
        assertNull(run.rate().doseRate());
        assertEquals(Stop.RATE_NEEDS_PRESCRIPTION, assertThrows(AdministrationStopped.class,
                () -> run.changeRate(n("250"), null, "hypotensive", null, null)).stop());
        assertEquals("doseRate", assertThrows(InvalidInputException.class, () -> run.changeRate(null, n("5"), "x", null, null)).field());
    }

    @Test
    void theRateIsGivenOneWay_andMustDiffer() {
        InfusionRun run = started(HEPARIN);
        assertEquals("rateMlPerHour", assertThrows(InvalidInputException.class, () -> run.changeRate(n("3"), n("1500"), "r", null, null)).field());
        assertEquals("rateMlPerHour", assertThrows(InvalidInputException.class, () -> run.changeRate(null, null, "r", null, null)).field());
        assertEquals("infusion.run.refusal.sameRate", assertThrows(InvalidInputException.class,
                () -> run.changeRate(n("2"), null, "r", null, null)).wording().code());
        assertEquals("rateMlPerHour", assertThrows(InvalidInputException.class, () -> run.changeRate(n("-1"), null, "r", null, null)).field());
    }

    @Test
    void aPausedInfusion_restartsAtTheRateItHad_andMovesOnlyOnceRunning() {
        started(HEPARIN);
        then(HEPARIN, 30, r -> r.changeRate(n("3"), null, "APTT ratio 1.2", null, null));
        InfusionRun paused = then(HEPARIN, 30, r -> r.pause("line blocked"));
        assertEquals(InfusionState.PAUSED, paused.state());
        assertTrue(paused.bagRunsOutAt().isEmpty());
        assertEquals("infusion.run.refusal.notRunning", assertThrows(ConflictException.class,
                () -> paused.changeRate(n("4"), null, "r", null, null)).wording().code());
        assertThrows(ConflictException.class, () -> paused.pause(null));
        InfusionRun restarted = then(HEPARIN, 10, InfusionRun::restart);
        assertEquals(InfusionState.RUNNING, restarted.state());
        assertEquals(0, n("3").compareTo(restarted.rate().mlPerHour()));
        assertEquals("infusion.run.refusal.notPaused", assertThrows(ConflictException.class, restarted::restart).wording().code());
    }

    @Test
    void beforeAnyBag_onlyAStartIsAccepted() {
        InfusionRun run = new InfusionRun(HEPARIN, List.of());
        assertEquals(InfusionState.NOT_STARTED, run.state());
        for (java.util.function.Supplier<InfusionRun.Next> event : List.<java.util.function.Supplier<InfusionRun.Next>>of(
                () -> run.pause(null), run::restart, () -> run.stop(null, null), () -> run.recordVolume(n("1")),
                () -> run.changeBag(null), () -> run.changeRate(n("3"), null, "r", null, null))) {
            assertEquals("infusion.run.refusal.notStarted", assertThrows(ConflictException.class, event::get).wording().code());
        }
    }

    @Test
    void aStoppedInfusion_refusesEveryEvent() {
        started(HEPARIN);
        InfusionRun stopped = then(HEPARIN, 60, r -> r.stop(n("2"), "APTT above range: stopped as the protocol says"));
        assertEquals(InfusionState.STOPPED, stopped.state());
        assertNull(stopped.rate());
        for (java.util.function.Supplier<InfusionRun.Next> event : List.<java.util.function.Supplier<InfusionRun.Next>>of(
                stopped::start, () -> stopped.pause(null), stopped::restart, () -> stopped.stop(null, null),
                () -> stopped.recordVolume(n("3")), () -> stopped.changeBag(null), () -> stopped.changeRate(n("3"), null, "r", null, null))) {
            assertEquals("infusion.run.refusal.stopped", assertThrows(ConflictException.class, event::get).wording().code());
        }
    }

    @Test
    void theVolumeInfused_cannotExceedTheBag_norGoBack() {
        started(HEPARIN);
        InfusionRun run = then(HEPARIN, 60, r -> r.recordVolume(n("20")));
        assertEquals(0, n("50").compareTo(run.recordVolume(n("50")).volumeInfusedMl()));
        InvalidInputException above = assertThrows(InvalidInputException.class, () -> run.recordVolume(n("50.1")));
        assertEquals("infusion.run.refusal.volumeAboveBag", above.wording().code());
        assertEquals("volumeInfusedMl", above.field());
        assertEquals("infusion.run.refusal.volumeBelowEarlier",
                assertThrows(InvalidInputException.class, () -> run.recordVolume(n("19"))).wording().code());
        assertEquals("infusion.run.refusal.volumeAboveBag",
                assertThrows(InvalidInputException.class, () -> run.stop(n("51"), null)).wording().code());
        assertEquals("volumeInfusedMl", assertThrows(InvalidInputException.class, () -> run.recordVolume(null)).field());
    }

    @Test
    void aBagChange_putsUpTheNextBagAtTheRateInForce_andItsVolumeStartsAgain() {
        started(HEPARIN);
        then(HEPARIN, 60, r -> r.changeRate(n("4"), null, "APTT ratio 1.1", null, null));
        then(HEPARIN, 60, r -> r.recordVolume(n("46")));
        InfusionRun changed = then(HEPARIN, 60, r -> r.changeBag(n("50")));
        assertEquals(2, changed.bagNumber());
        assertEquals(0, n("4").compareTo(changed.rate().mlPerHour()));
        assertEquals(0, n("10").compareTo(changed.recordVolume(n("10")).volumeInfusedMl()), "an earlier bag's reading does not hold");
        assertEquals(Instant.parse("2026-12-04T12:00:00Z").plusSeconds(50 * 3600 / 4), changed.bagRunsOutAt().orElseThrow());
    }

    @Test
    void aBagRunsOut_atItsVolumeOverTheRate_countingRateChangesPausesAndReadings() {
        InfusionRun run = started(SALINE);
        assertEquals(NINE.plusSeconds(8 * 3600), run.bagRunsOutAt().orElseThrow(), "1000 mL at 125 mL/hour: 8 hours");
        then(SALINE, 120, r -> r.pause("to theatre"));               // 250 mL run by 11:00
        run = then(SALINE, 60, InfusionRun::restart);                // 750 mL left at 12:00
        assertEquals(Instant.parse("2026-12-04T18:00:00Z"), run.bagRunsOutAt().orElseThrow());
        run = then(SALINE, 60, r -> r.recordVolume(n("500")));       // the pump says 500 mL at 13:00: 500 left
        assertEquals(Instant.parse("2026-12-04T17:00:00Z"), run.bagRunsOutAt().orElseThrow());
    }

    @Test
    void whenItHappened_isNeverToCome_neverBeforeTheLastEvent_andLateOnlyWithAReason() {
        started(HEPARIN);
        InfusionRun run = then(HEPARIN, 60, r -> r.recordVolume(n("2")));   // last event at 10:00
        Instant now = Instant.parse("2026-12-04T10:30:00Z");
        assertEquals(now, run.occurredAt(null, null, now, LONDON));
        assertEquals("occurredAt", assertThrows(InvalidInputException.class,
                () -> run.occurredAt(now.plusSeconds(600), null, now, LONDON)).field());
        assertEquals("infusion.run.refusal.beforeLastEvent", assertThrows(InvalidInputException.class,
                () -> run.occurredAt(Instant.parse("2026-12-04T09:59:00Z"), "forgot", now, LONDON)).wording().code());
        Instant tenPast = Instant.parse("2026-12-04T10:10:00Z");
        AdministrationStopped late = assertThrows(AdministrationStopped.class, () -> run.occurredAt(tenPast, null, now, LONDON));
        assertEquals(Stop.LATE_ENTRY_NEEDS_REASON, late.stop());
        assertEquals(tenPast, run.occurredAt(tenPast, "emergency on the bay", now, LONDON));
        assertEquals(now.minusSeconds(600), run.occurredAt(now.minusSeconds(600), null, now, LONDON), "ten minutes ago is not late");
    }

    @Test
    void aPerKgRate_withoutAWeight_isRefusedNotGuessed() {
        InfusionPlan perKg = new InfusionPlan(InfusionKind.CONTINUOUS, HEPARIN.bag(), n("2.8"),
                new DoseRate(n("20"), DoseRateUnit.UNITS_PER_KG_PER_HOUR), new Titration(new DoseRate(n("10"),
                DoseRateUnit.UNITS_PER_KG_PER_HOUR), new DoseRate(n("30"), DoseRateUnit.UNITS_PER_KG_PER_HOUR), "APTT"), null);
        recorded.clear();
        InfusionRun run = then(perKg, 0, InfusionRun::start);
        assertEquals("infusion.run.refusal.rateNotComputable",
                assertThrows(InvalidInputException.class, () -> run.changeRate(n("3"), null, "APTT 1.2", null, null)).wording().code());
        assertEquals(0, n("25").compareTo(run.changeRate(null, n("25"), "APTT 1.2", n("70"), null).rate().doseRate().amount()));
        assertEquals(0, n("3.5").compareTo(run.changeRate(null, n("25"), "APTT 1.2", n("70"), null).rate().mlPerHour()));
    }

    /** Soluble insulin 50 units to 50 mL (1 unit/mL) at 1 mL/hour; test bands: 0 stop, 4 gives 1, 8 gives 2, 12 gives 3.5. */
    private static final InfusionPlan VRIII = new InfusionPlan(InfusionKind.CONTINUOUS,
            new InfusionBag(new Quantity(n("50"), Unit.UNIT), n("50"), "NACL-0P9-100ML"), n("1"), rate("1"), null,
            VriiiScale.of(List.of(new VriiiScale.Band(n("0"), null, true), new VriiiScale.Band(n("4"), n("1"), null),
                    new VriiiScale.Band(n("8"), n("2"), null), new VriiiScale.Band(n("12"), n("3.5"), null))));

    @Test
    void aVriiiMovesToTheRateItsScaleGivesAtTheLatestReading_sayingSoWhenNoReasonIsGiven() {
        InfusionRun run = started(VRIII);
        InfusionRun.Next next = run.changeRate(null, n("2"), null, null, BloodGlucose.of("8.4"));
        assertEquals(0, n("2").compareTo(next.rate().mlPerHour()));
        assertEquals("VRIII scale at glucose 8.4 mmol/L", next.reason());
        assertEquals("nurse's words", run.changeRate(n("3.5"), null, "nurse's words", null, BloodGlucose.of("12")).reason());
    }

    @Test
    void aVriiiRateOnTheScaleButNotForTheLatestReading_needsAReason() {
        InfusionRun run = started(VRIII);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> run.changeRate(null, n("3.5"), null, null, BloodGlucose.of("8.4")));
        assertEquals("reason", refused.field());
        assertEquals("infusion.vriii.refusal.scaleGivesOther", refused.wording().code());
        assertEquals("infusion.vriii.refusal.noReading", assertThrows(InvalidInputException.class,
                () -> run.changeRate(null, n("2"), null, null, null)).wording().code());
        assertEquals("repeat reading 12.5 on the ward meter",
                run.changeRate(null, n("3.5"), "repeat reading 12.5 on the ward meter", null, BloodGlucose.of("8.4")).reason());
    }

    @Test
    void aVriiiRateTheScaleDoesNotGive_needsANewPrescription_whateverTheReason() {
        InfusionRun run = started(VRIII);
        AdministrationStopped stopped = assertThrows(AdministrationStopped.class,
                () -> run.changeRate(null, n("3"), "doctor said so", null, BloodGlucose.of("8.4")));
        assertEquals(Stop.RATE_NEEDS_PRESCRIPTION, stopped.stop());
        // at the edge the band above applies: 12.0 gives 3.5, so 2 needs a reason there
        assertThrows(InvalidInputException.class, () -> run.changeRate(null, n("2"), null, null, BloodGlucose.of("12.0")));
        assertEquals("VRIII scale at glucose 11.9 mmol/L", run.changeRate(null, n("2"), null, null, BloodGlucose.of("11.9")).reason());
    }
}
