package org.epma.prescribing.administration;

import java.time.Instant;
import org.epma.prescribing.administration.CriticalDoseOmissions.Kind;
import org.epma.prescribing.ward.DoseWindow;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CriticalDoseOmissionsTest {

    private static final Instant DUE = Instant.parse("2026-12-01T08:00:00Z");
    private static final DoseWindow.Bounds WINDOW = DoseWindow.timeCritical().around(DUE);

    private static ChartDose dose(ChartDose.State state) {
        return new ChartDose(1, 1, DUE, WINDOW, state, null);
    }

    @Test
    void aDoseNotGivenIsOmittedAndAClosedWindowWithNothingRecordedIsNotRecorded() {
        assertEquals(Kind.OMITTED, JpaCriticalDoseOmissions.judge(dose(ChartDose.State.NOT_GIVEN)));
        assertEquals(Kind.NOT_RECORDED, JpaCriticalDoseOmissions.judge(dose(ChartDose.State.OVERDUE)));
        assertNull(JpaCriticalDoseOmissions.judge(dose(ChartDose.State.DUE)), "its window is still open");
        assertNull(JpaCriticalDoseOmissions.judge(dose(ChartDose.State.NOT_YET_DUE)));
    }

    @Test
    void aDoseGivenOnceItsWindowClosedIsDelayedAndOneGivenWithinItIsNot() {
        // a time-critical window is 30 minutes either side: closed from 08:30
        assertNull(JpaCriticalDoseOmissions.judge(ChartDose.State.GIVEN, Instant.parse("2026-12-01T08:29:59Z"), WINDOW));
        assertEquals(Kind.DELAYED, JpaCriticalDoseOmissions.judge(ChartDose.State.GIVEN, Instant.parse("2026-12-01T08:30:00Z"), WINDOW));
        assertNull(JpaCriticalDoseOmissions.judge(ChartDose.State.GIVEN, Instant.parse("2026-12-01T07:30:00Z"), WINDOW), "early is not late");
    }
}
