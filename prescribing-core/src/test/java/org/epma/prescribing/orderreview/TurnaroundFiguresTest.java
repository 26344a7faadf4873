package org.epma.prescribing.orderreview;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.orderreview.TurnaroundFigures.Wait;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TurnaroundFiguresTest {

    private static Wait hours(long h) {
        return Wait.verifiedAfter(Duration.ofHours(h));
    }

    @Test
    void theMedianIsTheMiddleTimeAndTheMeanOfTheTwoMiddleOnesForAnEvenCount() {
        assertEquals(Duration.ofHours(3), TurnaroundFigures.of(List.of(hours(5), hours(1), hours(3))).median());
        assertEquals(Duration.ofMinutes(150), TurnaroundFigures.of(List.of(hours(1), hours(2), hours(3), hours(40))).median());
    }

    @Test
    void chartsPlotHoursToOneDecimalRoundingHalfUpAndNothingVerifiedStaysEmpty() {
        assertEquals(new BigDecimal("2.5"), TurnaroundFigures.hours(Duration.ofMinutes(150)));
        assertEquals(new BigDecimal("0.1"), TurnaroundFigures.hours(Duration.ofMinutes(3)), "3 min is 0.05 h: half up");
        assertEquals(new BigDecimal("0.0"), TurnaroundFigures.hours(Duration.ofMinutes(2)));
        assertNull(TurnaroundFigures.hours(null));
    }

    @Test
    void theNinetiethPercentileIsTheNearestRank() {
        // ten times of 1 to 10 hours: rank ceil(0.9 x 10) = 9, so 9 hours; eleven times: rank ceil(9.9) = 10
        assertEquals(Duration.ofHours(9), TurnaroundFigures.of(IntStream.rangeClosed(1, 10).mapToObj(TurnaroundFiguresTest::hours).toList()).p90());
        assertEquals(Duration.ofHours(10), TurnaroundFigures.of(IntStream.rangeClosed(1, 11).mapToObj(TurnaroundFiguresTest::hours).toList()).p90());
        assertEquals(Duration.ofHours(4), TurnaroundFigures.of(List.of(hours(4))).p90());
    }

    @Test
    void theShareWithin24HoursCountsOrdersStillWaitingOverADayAsLateAndLeavesOutTheUndecided() {
        TurnaroundFigures f = TurnaroundFigures.of(List.of(hours(2), hours(24), hours(25), Wait.stillWaiting(Duration.ofHours(30)),
                Wait.stillWaiting(Duration.ofHours(3)), Wait.closedUnverified()));
        assertEquals(6, f.signed());
        assertEquals(3, f.verified());
        assertEquals(2, f.verifiedWithin24h(), "24 hours exactly is within");
        assertEquals(2, f.waiting());
        assertEquals(1, f.waitingOver24h());
        assertEquals(1, f.rejectedOrStopped());
        assertEquals(0.5, f.shareWithin24h(), 1e-9, "2 of the 4 whose fate is known");
        assertEquals(Duration.ofHours(24), f.median());
    }

    @Test
    void nothingVerifiedHasNoTimesAndNoShare() {
        TurnaroundFigures f = TurnaroundFigures.of(List.of(Wait.stillWaiting(Duration.ofHours(1))));
        assertNull(f.median());
        assertNull(f.p90());
        assertNull(f.shareWithin24h());
    }

    @Test
    void anOrderIsVerifiedWaitingOrClosedByItsRecord() {
        Instant signed = Instant.parse("2026-12-01T09:00:00Z");
        Instant now = Instant.parse("2026-12-02T12:00:00Z");
        assertEquals(Duration.ofMinutes(90), JpaVerificationTurnaround.wait(signed, signed.plusSeconds(5400), PrescriptionStatus.SUPERSEDED, now)
                .toVerification(), "a version verified and later changed still counts its verification");
        assertEquals(Duration.ofHours(27), JpaVerificationTurnaround.wait(signed, null, PrescriptionStatus.PENDING_VERIFICATION, now).waitingSoFar());
        Wait rejected = JpaVerificationTurnaround.wait(signed, null, PrescriptionStatus.REJECTED, now);
        assertNull(rejected.toVerification());
        assertNull(rejected.waitingSoFar());
    }
}
