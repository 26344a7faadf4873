package org.epma.prescribing.oxygen;

import static org.epma.prescribing.oxygen.StoredOxygen.check;
import static org.epma.prescribing.oxygen.StoredOxygen.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a MAR of 3 and 4 December 2026 shows of a patient's oxygen. */
class OxygenPeriodTest {

    private static final Instant FROM = Instant.parse("2026-12-03T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-05T00:00:00Z");

    @Test
    void anOrderInForceAtAnyMomentOfTheChartIsShown_andOnesStoppedBeforeOrStartedAfterAreNot() {
        OxygenOrder stoppedBefore = order(1, 10, SaturationTarget.STANDARD, "2026-12-01T08:00:00Z");
        stoppedBefore.stop("dr.jones", Instant.parse("2026-12-02T08:00:00Z"));
        OxygenOrder carriedIn = order(2, 10, SaturationTarget.STANDARD, "2026-12-02T09:00:00Z");
        carriedIn.stop("dr.jones", Instant.parse("2026-12-03T12:00:00Z"));
        OxygenOrder inUse = order(3, 10, SaturationTarget.HYPERCAPNIC_RISK, "2026-12-03T12:00:00Z");
        OxygenOrder afterTheChart = order(4, 10, SaturationTarget.STANDARD, "2026-12-05T00:00:00Z");

        OxygenPeriod period = OxygenPeriod.of(List.of(afterTheChart, inUse, stoppedBefore, carriedIn), List.of(), FROM, TO);

        assertEquals(List.of(carriedIn, inUse), period.orders());
    }

    @Test
    void checksWithinTheChartAreShownInTheOrderTheyWereTaken_oneAtItsEndIsLeftForTheNextDays() {
        OxygenOrder order = order(1, 10, SaturationTarget.STANDARD, "2026-12-02T09:00:00Z");
        OxygenCheck before = check(20, order, 92, "2026-12-02T23:59:00Z");
        OxygenCheck atTheStart = check(21, order, 95, "2026-12-03T00:00:00Z");
        OxygenCheck later = check(22, order, 99, "2026-12-04T10:00:00Z");
        OxygenCheck atTheEnd = check(23, order, 96, "2026-12-05T00:00:00Z");

        OxygenPeriod period = OxygenPeriod.of(List.of(order), List.of(later, atTheEnd, before, atTheStart), FROM, TO);

        assertEquals(List.of(atTheStart, later), period.checks());
    }

    @Test
    void aCheckEnteredWithATimeBeforeItsOrderBrings_theOrderItWasReadAgainst() {
        OxygenOrder order = order(1, 10, SaturationTarget.STANDARD, "2026-12-05T09:00:00Z");
        OxygenCheck earlier = check(20, order, 95, "2026-12-04T23:00:00Z");

        OxygenPeriod period = OxygenPeriod.of(List.of(order), List.of(earlier), FROM, TO);

        assertEquals(List.of(order), period.orders());
        assertEquals(List.of(earlier), period.checks());
    }

    @Test
    void aPatientNeverOnOxygenHasNothingToDraw() {
        assertTrue(OxygenPeriod.of(List.of(), List.of(), FROM, TO).isEmpty());
    }
}
