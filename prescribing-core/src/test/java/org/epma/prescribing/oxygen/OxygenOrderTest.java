package org.epma.prescribing.oxygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.epma.prescribing.oxygen.SaturationTarget.Kind;
import org.epma.prescribing.oxygen.SaturationTarget.Reading;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

class OxygenOrderTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final OxygenDelivery NASAL = new OxygenDelivery(OxygenDevice.NASAL_CANNULAE, null);

    private static OxygenOrder order(SaturationTarget target) {
        return new OxygenOrder(1L, target, NASAL, new BigDecimal("1"), new BigDecimal("4"), "dr", NOW);
    }

    @Test
    void theHypercapnicRangeIsReadAtEachEdge() {
        SaturationTarget target = order(SaturationTarget.HYPERCAPNIC_RISK).target();
        assertEquals(Reading.BELOW, target.read(87));
        assertEquals(Reading.WITHIN, target.read(88));
        assertEquals(Reading.WITHIN, target.read(92));
        assertEquals(Reading.ABOVE, target.read(93));
    }

    @Test
    void aStoredOrderGivesBackItsPatientSpecificTargetWithTheReason() {
        SaturationTarget target = order(SaturationTarget.patientSpecific(85, 90, "long-term oxygen at home")).target();
        assertEquals(Kind.PATIENT_SPECIFIC, target.kind());
        assertEquals("long-term oxygen at home", target.reason());
        assertEquals(Reading.BELOW, target.read(84));
        assertEquals(Reading.WITHIN, target.read(85));
        assertEquals(Reading.WITHIN, target.read(90));
        assertEquals(Reading.ABOVE, target.read(91));
    }

    @Test
    void theTargetKindTakesTheBtsRangeOrAPatientSpecificOneWithAReason() {
        assertEquals(SaturationTarget.STANDARD, OxygenTherapy.target(Kind.STANDARD, 10, 20, null));
        assertEquals(SaturationTarget.HYPERCAPNIC_RISK, OxygenTherapy.target(Kind.HYPERCAPNIC_RISK, null, null, null));
        assertThrows(InvalidInputException.class, () -> OxygenTherapy.target(null, 94, 98, null));
        assertThrows(InvalidInputException.class, () -> OxygenTherapy.target(Kind.PATIENT_SPECIFIC, 90, 94, " "));
        assertThrows(InvalidInputException.class, () -> OxygenTherapy.target(Kind.PATIENT_SPECIFIC, 94, 94, "why"));
        assertThrows(InvalidInputException.class, () -> OxygenTherapy.target(Kind.PATIENT_SPECIFIC, 90, 101, "why"));
    }

    @Test
    void onlyAVenturiMaskHasAPercentageAndItIsOneOfTheValves() {
        assertEquals(28, new OxygenDelivery(OxygenDevice.VENTURI_MASK, 28).venturiPercent());
        assertThrows(InvalidInputException.class, () -> new OxygenDelivery(OxygenDevice.VENTURI_MASK, null));
        assertThrows(InvalidInputException.class, () -> new OxygenDelivery(OxygenDevice.VENTURI_MASK, 30));
        assertThrows(InvalidInputException.class, () -> new OxygenDelivery(OxygenDevice.SIMPLE_FACE_MASK, 28));
        assertThrows(InvalidInputException.class, () -> new OxygenDelivery(null, null));
    }

    @Test
    void theFlowRangeRunsUpwardsWithinWhatAFlowmeterShows() {
        assertThrows(InvalidInputException.class,
                () -> new OxygenOrder(1L, SaturationTarget.STANDARD, NASAL, new BigDecimal("4"), new BigDecimal("2"), "dr", NOW));
        assertThrows(InvalidInputException.class,
                () -> new OxygenOrder(1L, SaturationTarget.STANDARD, NASAL, BigDecimal.ZERO, new BigDecimal("2"), "dr", NOW));
        assertThrows(InvalidInputException.class,
                () -> new OxygenOrder(1L, SaturationTarget.STANDARD, NASAL, new BigDecimal("1"), new BigDecimal("15.5"), "dr", NOW));
        assertThrows(InvalidInputException.class,
                () -> new OxygenOrder(1L, SaturationTarget.STANDARD, NASAL, new BigDecimal("1.25"), new BigDecimal("2"), "dr", NOW));
        assertEquals(new BigDecimal("15"), new OxygenOrder(1L, SaturationTarget.STANDARD,
                new OxygenDelivery(OxygenDevice.RESERVOIR_MASK, null), new BigDecimal("15"), new BigDecimal("15"), "dr", NOW).flowHighest());
    }

    @Test
    void aStoppedOrderCannotBeStoppedAgain() {
        OxygenOrder order = order(SaturationTarget.STANDARD);
        assertTrue(order.active());
        order.stop("dr", NOW);
        assertFalse(order.active());
        assertThrows(ConflictException.class, () -> order.stop("dr", NOW));
    }
}
