package org.epma.prescribing.vte;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VteDueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void dueForAnAdmittedPatientFromTheirSixteenthBirthday() {
        assertTrue(VteDue.due(TODAY.minusYears(16), TODAY, true, false));
        assertFalse(VteDue.due(TODAY.minusYears(16).plusDays(1), TODAY, true, false));
        assertTrue(VteDue.due(LocalDate.of(1940, 1, 1), TODAY, true, false));
    }

    @Test
    void dueFromAdmissionUntilDone() {
        assertFalse(VteDue.due(LocalDate.of(1960, 5, 5), TODAY, false, false));
        assertTrue(VteDue.due(LocalDate.of(1960, 5, 5), TODAY, true, false));
        assertFalse(VteDue.due(LocalDate.of(1960, 5, 5), TODAY, true, true));
    }

    @Test
    void anUnknownAgeNeverHidesThePrompt() {
        assertTrue(VteDue.due(null, TODAY, true, false));
    }
}
