package org.epma.prescribing.ward;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.DoseSchedule;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoseWindowTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static String local(Instant instant) {
        return instant.atZone(LONDON).toLocalDateTime() + " " + instant.atZone(LONDON).getOffset();
    }

    /** The one dose time, between {@code fromUtc} and {@code toUtc}, of a once-at-night order given at {@code wardTime}. */
    private static Instant nightDose(String wardTime, String fromUtc, String toUtc) {
        List<Instant> times = new DoseSchedule(Map.of("ON", wardTime), LONDON)
                .times(Frequency.ON, at("2026-01-01T00:00:00Z"), null, at(fromUtc), at(toUtc));
        assertEquals(1, times.size());
        return times.get(0);
    }

    private static Product product(boolean critical) {
        return new Product("TEST-TAB", "Test 10 mg tablets", "test", Form.TABLET,
                List.of(new Ingredient("test", Quantity.of("10", Unit.MG))), new Quantity(BigDecimal.ONE, Unit.TABLET),
                Set.of(Route.PO), Unit.MG, "A00AA00", Set.of(), Set.of(), Set.of(), null, critical, false, null, "test");
    }

    @Test
    void theStandardWindowIsSixtyMinutesEitherSide() {
        DoseWindow.Bounds window = DoseWindow.standard().around(at("2026-01-10T08:00:00Z"));
        assertEquals(at("2026-01-10T07:00:00Z"), window.opens());
        assertEquals(at("2026-01-10T09:00:00Z"), window.closes());
    }

    @Test
    void theWindowIncludesItsOpeningAndExcludesItsClosing() {
        Instant eight = at("2026-01-10T08:00:00Z");
        DoseWindow window = DoseWindow.standard();
        assertEquals(DueStatus.NOT_YET_DUE, window.statusAt(eight, at("2026-01-10T06:59:59Z")));
        assertEquals(DueStatus.DUE, window.statusAt(eight, at("2026-01-10T07:00:00Z")));
        assertEquals(DueStatus.DUE, window.statusAt(eight, eight));
        assertEquals(DueStatus.DUE, window.statusAt(eight, at("2026-01-10T08:59:59.999Z")));
        assertEquals(DueStatus.OVERDUE, window.statusAt(eight, at("2026-01-10T09:00:00Z")));
        assertTrue(window.around(eight).contains(at("2026-01-10T07:00:00Z")));
        assertFalse(window.around(eight).contains(at("2026-01-10T09:00:00Z")));
    }

    @Test
    void aTimeCriticalMedicineHasThirtyMinutesEitherSide() {
        Instant eight = at("2026-01-10T08:00:00Z");
        DoseWindow window = DoseWindow.timeCritical();
        assertEquals(DueStatus.NOT_YET_DUE, window.statusAt(eight, at("2026-01-10T07:29:00Z")));
        assertEquals(DueStatus.DUE, window.statusAt(eight, at("2026-01-10T07:30:00Z")));
        assertEquals(DueStatus.DUE, window.statusAt(eight, at("2026-01-10T08:29:00Z")));
        assertEquals(DueStatus.OVERDUE, window.statusAt(eight, at("2026-01-10T08:30:00Z")));
    }

    @Test
    void aProductsCriticalFlagChoosesTheWardsTimeCriticalWindow() {
        assertEquals(Duration.ofMinutes(30), DoseWindow.forProduct(product(true), 60, 30).eitherSide());
        assertEquals(Duration.ofMinutes(60), DoseWindow.forProduct(product(false), 60, 30).eitherSide());
        assertEquals(Duration.ofMinutes(15), DoseWindow.forProduct(product(true), 45, 15).eitherSide());
        assertEquals(Duration.ofMinutes(45), DoseWindow.forProduct(product(false), 45, 15).eitherSide());
    }

    @Test
    void aWardMaySetItsOwnMinutes() {
        Instant eight = at("2026-01-10T08:00:00Z");
        assertEquals(DueStatus.DUE, DoseWindow.ofMinutes(90).statusAt(eight, at("2026-01-10T06:30:00Z")));
        assertEquals(DueStatus.OVERDUE, DoseWindow.ofMinutes(90).statusAt(eight, at("2026-01-10T09:30:00Z")));
    }

    @Test
    void aWindowOfNothingOrWiderThanSixHoursIsRefused() {
        assertEquals("doseWindowMinutes", assertThrows(InvalidInputException.class, () -> DoseWindow.ofMinutes(0)).field());
        assertThrows(InvalidInputException.class, () -> DoseWindow.ofMinutes(-30));
        assertThrows(InvalidInputException.class, () -> DoseWindow.ofMinutes(361));
        assertEquals(Duration.ofHours(6), DoseWindow.ofMinutes(360).eitherSide());
    }

    @Test
    void aMidnightDoseIsDueFromElevenTheEveningBefore() {
        Instant midnight = nightDose("00:00", "2026-01-10T12:00:00Z", "2026-01-11T12:00:00Z");
        assertEquals(at("2026-01-11T00:00:00Z"), midnight);
        DoseWindow window = DoseWindow.standard();
        assertEquals(DueStatus.NOT_YET_DUE, window.statusAt(midnight, at("2026-01-10T22:59:00Z")));
        assertEquals(DueStatus.DUE, window.statusAt(midnight, at("2026-01-10T23:00:00Z")));
        assertEquals(DueStatus.DUE, window.statusAt(midnight, at("2026-01-11T00:59:00Z")));
        assertEquals(DueStatus.OVERDUE, window.statusAt(midnight, at("2026-01-11T01:00:00Z")));
    }

    @Test
    void aLateEveningDoseIsOverdueAfterMidnight() {
        Instant half11 = nightDose("23:30", "2026-01-10T12:00:00Z", "2026-01-11T12:00:00Z");
        assertEquals(DueStatus.DUE, DoseWindow.timeCritical().statusAt(half11, at("2026-01-10T23:59:59Z")));
        assertEquals(DueStatus.OVERDUE, DoseWindow.timeCritical().statusAt(half11, at("2026-01-11T00:00:00Z")));
    }

    @Test
    void acrossTheSpringClockChangeTheWindowLastsTwoRealHours() {
        // 29 March 2026: at 01:00 GMT the clocks go forward to 02:00 BST
        Instant half12 = nightDose("00:30", "2026-03-28T12:00:00Z", "2026-03-29T12:00:00Z");
        DoseWindow.Bounds window = DoseWindow.standard().around(half12);
        assertEquals("2026-03-28T23:30 Z", local(window.opens()));
        assertEquals("2026-03-29T02:30 +01:00", local(window.closes())); // three hours later on the wall clock
        assertEquals(Duration.ofHours(2), Duration.between(window.opens(), window.closes()));
        Instant quarterPastTwoBst = ZonedDateTime.of(LocalDateTime.parse("2026-03-29T02:15"), LONDON).toInstant();
        assertEquals(DueStatus.DUE, DoseWindow.standard().statusAt(half12, quarterPastTwoBst));
        Instant halfPastTwoBst = ZonedDateTime.of(LocalDateTime.parse("2026-03-29T02:30"), LONDON).toInstant();
        assertEquals(DueStatus.OVERDUE, DoseWindow.standard().statusAt(half12, halfPastTwoBst));
    }

    @Test
    void aDoseTimeInTheSpringGapHasItsWindowAroundTheMovedTime() {
        Instant moved = nightDose("01:30", "2026-03-29T00:00:00Z", "2026-03-29T12:00:00Z");
        DoseWindow.Bounds window = DoseWindow.standard().around(moved);
        assertEquals("2026-03-29T00:30 Z", local(window.opens()));
        assertEquals("2026-03-29T03:30 +01:00", local(window.closes()));
    }

    @Test
    void anEightOClockDoseKeepsItsLocalWindowOnTheDaysTheClocksChange() {
        DoseSchedule ward = new DoseSchedule(Map.of("BD", "08:00,20:00"), LONDON);
        Instant springMorning = ward.times(Frequency.BD, at("2026-03-01T00:00:00Z"), null,
                at("2026-03-29T00:00:00Z"), at("2026-03-29T12:00:00Z")).get(0);
        DoseWindow.Bounds spring = DoseWindow.standard().around(springMorning);
        assertEquals("2026-03-29T07:00 +01:00", local(spring.opens()));
        assertEquals("2026-03-29T09:00 +01:00", local(spring.closes()));
        Instant autumnMorning = ward.times(Frequency.BD, at("2026-10-01T00:00:00Z"), null,
                at("2026-10-25T00:00:00Z"), at("2026-10-25T12:00:00Z")).get(0);
        DoseWindow.Bounds autumn = DoseWindow.timeCritical().around(autumnMorning);
        assertEquals("2026-10-25T07:30 Z", local(autumn.opens()));
        assertEquals("2026-10-25T08:30 Z", local(autumn.closes()));
    }

    @Test
    void acrossTheAutumnClockChangeTheWindowLastsTwoRealHours() {
        // 25 October 2026: at 02:00 BST the clocks go back to 01:00 GMT, so 01:00-01:59 happens twice
        Instant halfPastOneBst = ZonedDateTime.ofLocal(LocalDateTime.parse("2026-10-25T01:30"), LONDON, ZoneOffset.ofHours(1))
                .toInstant();
        assertEquals(at("2026-10-25T00:30:00Z"), halfPastOneBst);
        DoseWindow.Bounds window = DoseWindow.standard().around(halfPastOneBst);
        assertEquals("2026-10-25T00:30 +01:00", local(window.opens()));
        assertEquals("2026-10-25T01:30 Z", local(window.closes())); // the second half past one, in GMT
        DoseWindow standard = DoseWindow.standard();
        assertEquals(DueStatus.DUE, standard.statusAt(halfPastOneBst, at("2026-10-25T00:15:00Z"))); // 01:15 BST
        assertEquals(DueStatus.DUE, standard.statusAt(halfPastOneBst, at("2026-10-25T01:15:00Z"))); // 01:15 GMT
        assertEquals(DueStatus.OVERDUE, standard.statusAt(halfPastOneBst, at("2026-10-25T01:30:00Z"))); // 01:30 GMT
    }

    @Test
    void aMidnightDoseOnTheNightTheClocksGoBackIsDueAnHourEitherSide() {
        Instant midnight = nightDose("00:00", "2026-10-24T12:00:00Z", "2026-10-25T12:00:00Z");
        assertEquals(at("2026-10-24T23:00:00Z"), midnight); // 00:00 BST
        DoseWindow.Bounds window = DoseWindow.standard().around(midnight);
        assertEquals("2026-10-24T23:00 +01:00", local(window.opens()));
        assertEquals("2026-10-25T01:00 +01:00", local(window.closes()));
        assertEquals(DueStatus.OVERDUE, DoseWindow.standard().statusAt(midnight, at("2026-10-25T00:30:00Z"))); // 01:30 BST
    }
}
