package org.epma.prescribing.pgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.Duty;
import org.epma.prescribing.refusal.DutyRefusedException;
import org.junit.jupiter.api.Test;

class DirectionOrderTest {

    static final Instant GIVEN = Instant.parse("2026-06-01T10:00:00Z");
    static final PatientGroupDirection DIRECTION = DirectionCatalogueTest.read(DirectionCatalogueTest.PARACETAMOL, "")
            .find("PGD-P").orElseThrow();

    static DirectionOrder started() {
        return new DirectionOrder("key-1", 7, 3, DIRECTION, "nurse.evans", GIVEN);
    }

    @Test
    void theReviewIsDueTheDirectionsHoursAfterTheDoseWasStarted() {
        DirectionOrder order = started();
        assertEquals(Instant.parse("2026-06-02T10:00:00Z"), order.reviewDueAt());
        assertFalse(order.reviewOverdueAt(Instant.parse("2026-06-02T10:00:00Z")));
        assertTrue(order.reviewOverdueAt(Instant.parse("2026-06-02T10:00:01Z")));
    }

    @Test
    void aReviewedDoseIsNeverOverdueAndCannotBeReviewedTwice() {
        DirectionOrder order = started();
        order.review("dr.jones", "seen, regular analgesia prescribed", GIVEN.plusSeconds(3600));
        assertFalse(order.reviewOverdueAt(GIVEN.plusSeconds(7 * 24 * 3600)));
        assertEquals("dr.jones", order.reviewedBy());
        ConflictException twice = assertThrows(ConflictException.class, () -> order.review("dr.patel", null, GIVEN.plusSeconds(7200)));
        assertEquals("refusal.pgd.alreadyReviewed", twice.wording().code());
    }

    @Test
    void whoeverGaveTheDoseDoesNotReviewIt() {
        DutyRefusedException refused = assertThrows(DutyRefusedException.class,
                () -> started().review("nurse.evans", null, GIVEN.plusSeconds(60)));
        assertEquals(Duty.OWN_DIRECTION_REVIEW, refused.duty());
    }
}
