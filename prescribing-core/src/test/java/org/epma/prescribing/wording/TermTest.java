package org.epma.prescribing.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.epma.prescribing.administration.NotGivenReason;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.patient.MeasurementKind;
import org.junit.jupiter.api.Test;

/** A word of a closed vocabulary goes into a sentence as the key the screens already show it by, with no arguments. */
class TermTest {

    @Test
    void aTermIsItsVocabularysKeyWithTheConstantsName() {
        assertEquals(new Wording("route.IV", Map.of()), Route.IV.term());
        assertEquals(new Wording("orderStatus.DISCONTINUED", Map.of()), PrescriptionStatus.DISCONTINUED.term());
        assertEquals(new Wording("frequency.Q4H", Map.of()), Frequency.Q4H.term());
        assertEquals(new Wording("notGivenReason.NIL_BY_MOUTH", Map.of()), NotGivenReason.NIL_BY_MOUTH.term());
        assertEquals(new Wording("measurementKind.SERUM_CREATININE", Map.of()), MeasurementKind.SERUM_CREATININE.term());
    }
}
