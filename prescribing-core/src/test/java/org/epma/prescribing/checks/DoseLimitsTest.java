package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.patient.PregnancyStatus;
import org.junit.jupiter.api.Test;

import static org.epma.prescribing.checks.CheckFixtures.order;
import static org.epma.prescribing.checks.CheckFixtures.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two-tier dose limits, the dose bases (per week, per kg of ideal weight, per m²), the checks that say when they
 * cannot run, the unit backstop, accepted unlicensed routes, childbearing potential, dose-dependent interactions
 * and Cockcroft-Gault, on the engine's small formulary (src/test/resources/mini-formulary).
 */
class DoseLimitsTest {

    private static final FormularyContent MINI = CheckFixtures.content(Path.of("src/test/resources/mini-formulary"));

    private static List<Alert> check(PatientState patient, OrderLine proposed, OrderLine... current) {
        return MINI.checks().check(patient, List.of(current), proposed);
    }

    private static OrderLine o(String code, String dose, String unit, String route, String frequency) {
        return order(MINI, code, dose, unit, route, frequency);
    }

    private static Alert worst(List<Alert> alerts, AlertCategory category) {
        return alerts.stream().filter(a -> a.category() == category).findFirst()
                .orElseThrow(() -> new AssertionError("no " + category + " in\n" + OrderChecksTest.describe(alerts)));
    }

    private static void assertNone(List<Alert> alerts, AlertCategory category) {
        assertTrue(alerts.stream().noneMatch(a -> a.category() == category && a.severity() != Severity.INFO),
                () -> OrderChecksTest.describe(alerts));
    }

    @Test
    void oralMethotrexateAboveTwentyFiveMgAWeekIsAHardStop() {
        Alert weekly = worst(check(patient().build(), o("MTX-2-5", "30", "mg", "PO", "WEEKLY")), AlertCategory.DOSE_DAILY);
        assertEquals(Severity.HARD_STOP, weekly.severity());
        assertTrue(weekly.message().contains("7 days"), weekly.message());
    }

    @Test
    void oralMethotrexateTwentyFiveMgAWeekIsWithinItsCeiling() {
        assertNone(check(patient().build(), o("MTX-2-5", "25", "mg", "PO", "WEEKLY")), AlertCategory.DOSE_DAILY);
    }

    @Test
    void aDailyMethotrexateOrderAddsUpToSevenDosesAWeek() {
        Alert weekly = worst(check(patient().build(), o("MTX-2-5", "5", "mg", "PO", "OD")), AlertCategory.DOSE_DAILY);
        assertEquals(Severity.HARD_STOP, weekly.severity());
        assertTrue(weekly.message().contains("35 mg"), weekly.message());
    }

    @Test
    void vincristineIsLimitedBySurfaceAreaAndNeverAboveTwoMg() {
        PatientState small = patient().weight(50).height(150).build(); // 1.44 m²: 1.4 mg/m² is 2.02 mg
        Alert perM2 = worst(check(patient().weight(40).height(150).build(), o("VINCRISTINE-1", "1.9", "mg", "IV", "STAT")),
                AlertCategory.DOSE_SINGLE); // 1.29 m²: 1.81 mg is the most
        assertEquals(Severity.SEVERE, perM2.severity(), perM2.message());
        assertTrue(perM2.message().contains("m²"), perM2.message());
        assertEquals(Severity.HARD_STOP, worst(check(patient().weight(90).height(190).build(),
                o("VINCRISTINE-1", "2.5", "mg", "IV", "STAT")), AlertCategory.DOSE_SINGLE).severity());
        assertNone(check(small, o("VINCRISTINE-1", "2", "mg", "IV", "STAT")), AlertCategory.DOSE_SINGLE);
    }

    @Test
    void withoutAHeightTheSurfaceAreaLimitSaysItCannotRunAndTheCeilingStillHolds() {
        List<Alert> alerts = check(patient().build(), o("VINCRISTINE-1", "3", "mg", "IV", "STAT"));
        assertEquals(Severity.WARNING, worst(alerts, AlertCategory.MISSING_DATA).severity());
        assertEquals(Severity.HARD_STOP, worst(alerts, AlertCategory.DOSE_SINGLE).severity());
    }

    @Test
    void anOpioidNaiveLimitIsSoftAndOffersOpioidToleranceAsTheReason() {
        Alert alert = worst(check(patient().build(), o("MORPHINE-SOL-10", "30", "mg", "PO", "STAT")), AlertCategory.DOSE_SINGLE);
        assertEquals(Severity.SEVERE, alert.severity());
        assertEquals(DoseChecks.OPIOID_TOLERANT, alert.overrideReason());
        assertTrue(alert.message().contains("opioid-tolerant"), alert.message());
    }

    @Test
    void tenTimesAnOpioidNaiveLimitOffersNoOnePressReason() {
        Alert alert = worst(check(patient().build(), o("MORPHINE-SOL-10", "100", "mg", "PO", "STAT")), AlertCategory.DOSE_SINGLE);
        assertEquals(Severity.SEVERE, alert.severity());
        assertNull(alert.overrideReason());
        assertTrue(alert.message().contains("slip"), alert.message());
    }

    @Test
    void aModifiedReleaseLimitAppliesOnlyToModifiedReleaseProductsAndTheirTotal() {
        assertEquals(Severity.SEVERE, worst(check(patient().build(), o("MORPHINE-MR-10", "60", "mg", "PO", "BD")),
                AlertCategory.DOSE_DAILY).severity());
        assertNone(check(patient().build(), o("MORPHINE-SOL-10", "10", "mg", "PO", "QDS"), o("MORPHINE-MR-10", "20", "mg", "PO", "BD")),
                AlertCategory.DOSE_DAILY);
    }

    @Test
    void anOpioidDoseAboveTheLimitForEveryoneIsAHardStopThatToleranceCannotOverride() {
        Alert alert = worst(check(patient().build(), o("MORPHINE-SOL-10", "300", "mg", "PO", "STAT")), AlertCategory.DOSE_SINGLE);
        assertEquals(Severity.HARD_STOP, alert.severity());
        assertNull(alert.overrideReason());
    }

    /** Oral morphine solution "from .. to .. mg" by mouth. */
    private static OrderLine morphineRange(String from, String to, Frequency frequency, Integer prnMax) {
        return new OrderLine("range", MINI.formulary().product("MORPHINE-SOL-10").orElseThrow(),
                new Dose(new BigDecimal(from), new BigDecimal(to), Unit.MG), Route.PO, frequency, prnMax);
    }

    @Test
    void aDoseRangeIsCheckedByItsTopAndTheAlertSaysSo() {
        assertNone(check(patient().build(), o("MORPHINE-SOL-10", "5", "mg", "PO", "STAT")), AlertCategory.DOSE_SINGLE);
        Alert alert = worst(check(patient().build(), morphineRange("5", "20", Frequency.STAT, null)), AlertCategory.DOSE_SINGLE);
        assertEquals(Severity.SEVERE, alert.severity(), "the top, 20 mg, is above the opioid-naive maximum of 10 mg");
        assertTrue(alert.message().startsWith("A single dose of 20 mg morphine sulfate, the top of the dose range ("),
                alert.message());
        assertTrue(alert.message().contains("5 to 20 mg"), alert.message());
    }

    @Test
    void anAsNeededRangeCountsItsTopForTheMostIn24Hours() {
        OrderLine range = morphineRange("2.5", "5", Frequency.PRN, 6);
        assertEquals(0, new Quantity(new BigDecimal("30"), Unit.MG).compareTo(range.dailyAmountOf("morphine sulfate").orElseThrow()));
    }

    @Test
    void aDoseBelowTheUsualMinimumWarns() {
        Alert alert = worst(check(patient().build(), o("DIGOXIN-125", "25", "microgram", "PO", "OD")), AlertCategory.DOSE_SINGLE);
        assertEquals(Severity.WARNING, alert.severity());
        assertTrue(alert.message().contains("below the usual minimum of 62.5 micrograms"), alert.message());
    }

    @Test
    void tenTimesASoftLimitIsAHardStopAndJustBelowItIsSevere() {
        assertEquals(Severity.HARD_STOP, worst(check(patient().build(), o("DIGOXIN-125", "2500", "microgram", "PO", "OD")),
                AlertCategory.DOSE_SINGLE).severity());
        assertEquals(Severity.SEVERE, worst(check(patient().build(), o("DIGOXIN-125", "2375", "microgram", "PO", "OD")),
                AlertCategory.DOSE_SINGLE).severity());
    }

    @Test
    void milligramsWrittenForMicrogramsIsAHardStopWithoutAnyRuleRow() {
        Alert alert = check(patient().build(), o("DIGOXIN-125", "125", "mg", "PO", "OD")).stream()
                .filter(a -> a.rule().equals("thousandfold-unit-slip")).findFirst().orElseThrow();
        assertEquals(Severity.HARD_STOP, alert.severity());
        Alert reverse = check(patient().build(), o("AMOX-500", "500", "microgram", "PO", "TDS")).stream()
                .filter(a -> a.rule().equals("thousandfold-unit-slip")).findFirst().orElseThrow();
        assertEquals(Severity.SEVERE, reverse.severity());
    }

    @Test
    void aDoseOfMoreThanTwentyTabletsIsImplausibleAndMoreThanFiftyCannotBePrescribed() {
        assertEquals(Severity.SEVERE, backstop(check(patient().build(), o("AMOX-500", "12", "g", "PO", "STAT"))).severity());
        assertEquals(Severity.HARD_STOP, backstop(check(patient().build(), o("AMOX-500", "30", "g", "PO", "STAT"))).severity());
        assertTrue(check(patient().build(), o("AMOX-500", "1", "g", "PO", "TDS")).stream()
                .noneMatch(a -> a.rule().equals("dose-unit-count")));
    }

    private static Alert backstop(List<Alert> alerts) {
        return alerts.stream().filter(a -> a.rule().equals("dose-unit-count")).findFirst()
                .orElseThrow(() -> new AssertionError(OrderChecksTest.describe(alerts)));
    }

    @Test
    void aPerKgLimitOnIdealWeightUsesTheHeightAndSaysSo() {
        PatientState heavy = patient().weight(120).height(175).build(); // Devine: 70.5 kg, 7 mg/kg = 493.6 mg
        Alert alert = worst(check(heavy, o("GENTAMICIN-80", "560", "mg", "IV", "OD")), AlertCategory.WEIGHT);
        assertEquals(Severity.SEVERE, alert.severity());
        assertTrue(alert.message().contains("ideal body weight"), alert.message());
        assertNone(check(heavy, o("GENTAMICIN-80", "480", "mg", "IV", "OD")), AlertCategory.WEIGHT);
    }

    @Test
    void aPerKgLimitOnIdealWeightWithoutAHeightFallsBackToActualWeightAndAsksForTheHeight() {
        List<Alert> alerts = check(patient().weight(120).build(), o("GENTAMICIN-80", "560", "mg", "IV", "OD"));
        assertTrue(alerts.stream().anyMatch(a -> a.category() == AlertCategory.MISSING_DATA && a.message().contains("height")),
                () -> OrderChecksTest.describe(alerts));
    }

    @Test
    void aMedicineWithoutADoseLimitSaysThatNoDoseRangeCheckExists() {
        Alert info = worst(check(patient().build(), o("LORAZEPAM-1", "1", "mg", "PO", "OD")), AlertCategory.DOSE_SINGLE);
        assertEquals(Severity.INFO, info.severity());
        assertTrue(info.message().startsWith("No dose-range check exists for lorazepam"), info.message());
        Alert gap = worst(check(patient().build(), o("KCL-CONC-20", "20", "mmol", "IV", "STAT")), AlertCategory.DOSE_SINGLE);
        assertTrue(gap.message().contains("only given diluted"), gap.message());
    }

    @Test
    void anOralLiquidByFeedingTubeIsAWarningNotAHardStop() {
        Alert route = worst(check(patient().build(), o("MORPHINE-SOL-10", "5", "mg", "PEG", "STAT")), AlertCategory.ROUTE);
        assertEquals(Severity.WARNING, route.severity());
        assertTrue(route.message().contains("feeding tube"), route.message());
    }

    @Test
    void aRouteRuleCanForbidEveryRouteOfOneProduct() {
        Alert route = worst(check(patient().build(), o("KCL-CONC-20", "20", "mmol", "IV", "STAT")), AlertCategory.ROUTE);
        assertEquals(Severity.HARD_STOP, route.severity());
        assertTrue(route.message().contains("undiluted"), route.message());
    }

    @Test
    void aModifiedReleaseTabletIsNeverAcceptedDownATube() {
        assertEquals(Severity.HARD_STOP, worst(check(patient().build(), o("MORPHINE-MR-10", "10", "mg", "NG", "BD")),
                AlertCategory.ROUTE).severity());
    }

    @Test
    void valproateWarnsAnyoneWhoCouldBecomePregnantButNotAMan() {
        PatientState woman = patient().age(25).female().build();
        assertEquals(Severity.WARNING, worst(check(woman, o("VALPROATE-200", "200", "mg", "PO", "BD")),
                AlertCategory.PREGNANCY).severity());
        assertNone(check(patient().age(25).build(), o("VALPROATE-200", "200", "mg", "PO", "BD")), AlertCategory.PREGNANCY);
        assertNone(check(patient().age(25).female().pregnancy(PregnancyStatus.NOT_APPLICABLE).build(),
                o("VALPROATE-200", "200", "mg", "PO", "BD")), AlertCategory.PREGNANCY);
    }

    @Test
    void simvastatinWithAmlodipineInterruptsOnlyAboveTwentyMgADay() {
        OrderLine amlodipine = o("AMLODIPINE-5", "5", "mg", "PO", "OD");
        assertEquals(Severity.WARNING, worst(check(patient().build(), o("SIMVA-40", "40", "mg", "PO", "ON"), amlodipine),
                AlertCategory.INTERACTION).severity());
        assertNone(check(patient().build(), o("SIMVA-40", "20", "mg", "PO", "ON"), amlodipine), AlertCategory.INTERACTION);
    }

    @Test
    void creatinineClearanceIsEstimatedFromSerumCreatinineByCockcroftGault() {
        // (140 - 85) x 50 kg x 1.04 / 120 micromol/L = 23.8 mL/min
        PatientState frail = patient().age(85).female().weight(50).noRenalFunction().creatinine(120).build();
        Alert alert = worst(check(frail, o("DABIGATRAN-150", "150", "mg", "PO", "BD")), AlertCategory.RENAL);
        assertEquals(Severity.HARD_STOP, alert.severity());
        assertTrue(alert.message().contains("about 24 mL/min"), alert.message());
        PatientState well = patient().age(40).weight(80).noRenalFunction().creatinine(80).build();
        assertNone(check(well, o("DABIGATRAN-150", "150", "mg", "PO", "BD")), AlertCategory.RENAL);
    }

    @Test
    void anEgfrStandsInForCreatinineClearanceOnlyWithAWarningForTheElderly() {
        List<Alert> alerts = check(patient().age(80).egfr(60).build(), o("DABIGATRAN-150", "150", "mg", "PO", "BD"));
        assertTrue(worst(alerts, AlertCategory.MISSING_DATA).message().contains("creatinine clearance"),
                () -> OrderChecksTest.describe(alerts));
        assertNone(check(patient().age(50).egfr(60).build(), o("DABIGATRAN-150", "150", "mg", "PO", "BD")),
                AlertCategory.MISSING_DATA);
    }
}
