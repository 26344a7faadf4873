package org.epma.prescribing.checks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.PregnancyStatus;
import org.epma.prescribing.wording.Wording;
import org.junit.jupiter.api.Test;

import static org.epma.prescribing.checks.CheckFixtures.order;
import static org.epma.prescribing.checks.CheckFixtures.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the engine applies each kind of rule, on a small formulary of its own (src/test/resources/mini-formulary). */
class OrderChecksTest {

    private static final FormularyContent MINI = CheckFixtures.content(Path.of("src/test/resources/mini-formulary"));

    /** The alerts, each of which must also carry its sentence as a message key for a screen in another language. */
    private static List<Alert> check(PatientState patient, OrderLine proposed, OrderLine... current) {
        List<Alert> alerts = MINI.checks().check(patient, List.of(current), proposed);
        assertTrue(alerts.stream().allMatch(a -> a.wording() != null), () -> "without a message key: " + describe(alerts));
        return alerts;
    }

    private static OrderLine o(String code, String dose, String unit, String route, String frequency) {
        return order(MINI, code, dose, unit, route, frequency);
    }

    private static Alert only(List<Alert> alerts, AlertCategory category) {
        List<Alert> found = alerts.stream().filter(a -> a.category() == category).toList();
        assertEquals(1, found.size(), () -> category + " in " + describe(alerts));
        return found.get(0);
    }

    private static void assertNothingAboveInfo(List<Alert> alerts) {
        assertTrue(alerts.stream().allMatch(a -> a.severity() == Severity.INFO), () -> describe(alerts));
    }

    static String describe(List<Alert> alerts) {
        return alerts.stream().map(a -> a.severity() + " " + a.category() + ": " + a.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void paracetamolOneGramFourTimesADayForAnAdultOver50KgRaisesNothing() {
        assertNothingAboveInfo(check(patient().build(), o("PARA-TAB-500", "1", "g", "PO", "QDS")));
    }

    @Test
    void aTwoGramParacetamolDoseIsAboveTheSingleMaximum() {
        Alert alert = only(check(patient().build(), o("PARA-TAB-500", "2", "g", "PO", "OD")), AlertCategory.DOSE_SINGLE);
        assertEquals(Severity.SEVERE, alert.severity());
        assertTrue(alert.message().contains("2 g"), alert.message());
        assertEquals("dose-limits.csv line 2", alert.rule());
        // the same sentence as a key: the dose as a part of its own, the limit and the basis as the English has them
        assertEquals(AlertSentence.ABOVE_MAXIMUM.key(), alert.wording().code());
        Wording subject = (Wording) alert.wording().args().get("subject");
        assertEquals(AlertSentence.SINGLE_DOSE.key(), subject.code());
        // amounts go as the number and the unit's word, for the screen to word "2 g" in the reader's language
        assertEquals(new Wording("quantity", Map.of("amount", "2", "unit", new Wording("doseUnitCount.g", Map.of("count", 2)))),
                subject.args().get("dose"));
        Wording limit = (Wording) alert.wording().args().get("limit");
        assertTrue(alert.message().contains(" above the maximum of " + limit.args().get("amount") + " g"
                + alert.wording().args().get("basis")), alert.message() + " / " + alert.wording());
    }

    @Test
    void tenThousandMilligramsIsATypingErrorAndAHardStop() {
        Alert alert = only(check(patient().build(), o("PARA-TAB-500", "10000", "mg", "PO", "OD")), AlertCategory.DOSE_SINGLE);
        assertEquals(Severity.HARD_STOP, alert.severity());
    }

    @Test
    void paracetamolInCoCodamolCountsTowardsTheDailyTotal() {
        List<Alert> alerts = check(patient().build(), o("PARA-TAB-500", "1", "g", "PO", "QDS"),
                o("COCODAMOL-30-500", "2", "tablet", "PO", "QDS"));
        Alert daily = only(alerts, AlertCategory.DOSE_DAILY);
        assertTrue(daily.message().contains("8 g"), daily.message());
        assertEquals(Severity.WARNING, only(alerts, AlertCategory.DUPLICATE_THERAPY).severity());
    }

    @Test
    void anAsNeededOrderCountsAtItsStatedMaximum() {
        OrderLine prn = order(MINI, "PARA-TAB-500", "1", "g", "PO", "PRN", 4);
        assertEquals(Severity.INFO, only(check(patient().build(), prn, o("PARA-IV-1G", "1", "g", "IV", "OD")),
                AlertCategory.DUPLICATE_THERAPY).severity());
        Alert daily = only(check(patient().build(), prn, o("PARA-IV-1G", "1", "g", "IV", "QDS")), AlertCategory.DOSE_DAILY);
        assertTrue(daily.message().contains("8 g"), daily.message());
    }

    @Test
    void aRegularAndAnAsNeededOrderOfTheSameDrugWithinTheMaximumOnlyInform() {
        OrderLine prn = order(MINI, "PARA-TAB-500", "1", "g", "PO", "PRN", 2);
        assertNothingAboveInfo(check(patient().build(), prn, o("PARA-TAB-500", "1", "g", "PO", "BD")));
    }

    @Test
    void anAsNeededOrderWithoutItsDailyMaximumCannotBeChecked() {
        OrderLine prn = order(MINI, "PARA-TAB-500", "1", "g", "PO", "PRN", null);
        assertEquals(Severity.WARNING, only(check(patient().build(), prn), AlertCategory.MISSING_DATA).severity());
    }

    @Test
    void anAdultUnder50KgHasAWeightBasedLimit() {
        List<Alert> alerts = check(patient().weight(42).build(), o("PARA-TAB-500", "1", "g", "PO", "QDS"));
        Alert daily = alerts.stream().filter(a -> a.key().endsWith("paracetamol:daily")).findFirst().orElseThrow();
        assertEquals(AlertCategory.WEIGHT, daily.category());
        assertTrue(daily.message().contains("2.52 g"), daily.message()); // 60 mg/kg x 42 kg
    }

    @Test
    void withoutAWeightTheWeightLimitCannotBeChecked() {
        only(check(patient().noWeight().build(), o("PARA-TAB-500", "1", "g", "PO", "QDS")), AlertCategory.MISSING_DATA);
    }

    @Test
    void aChildsDoseIsLimitedPerKilogram() {
        PatientState child = patient().age(6).weight(20).build();
        assertNothingAboveInfo(check(child, o("PARA-SUSP-120", "300", "mg", "PO", "QDS")));
        Alert alert = only(check(child, o("PARA-SUSP-120", "25", "mL", "PO", "QDS")), AlertCategory.DOSE_SINGLE); // 600 mg
        assertTrue(alert.message().contains("400 mg"), alert.message()); // 20 mg/kg x 20 kg
    }

    @Test
    void dailyOralMethotrexateIsAHardStop() {
        Alert alert = only(check(patient().build(), o("MTX-2-5", "10", "mg", "PO", "OD")), AlertCategory.DOSE_FREQUENCY);
        assertEquals(Severity.HARD_STOP, alert.severity());
        assertNothingAboveInfo(check(patient().build(), o("MTX-2-5", "10", "mg", "PO", "WEEKLY")));
    }

    @Test
    void anOralLiquidGivenIntravenouslyIsANeverEvent() {
        assertEquals(Severity.HARD_STOP, only(check(patient().build(), o("MORPHINE-SOL-10", "5", "mg", "IV", "STAT")),
                AlertCategory.ROUTE).severity());
    }

    @Test
    void intrathecalVincristineIsAHardStop() {
        assertEquals(Severity.HARD_STOP, only(check(patient().build(), o("VINCRISTINE-1", "1", "mg", "IT", "STAT")),
                AlertCategory.ROUTE).severity());
    }

    @Test
    void aRecordedPenicillinAllergyStopsAmoxicillinAndWarnsForCefalexin() {
        PatientState allergic = patient().allergy("Penicillin", AllergySeverity.MODERATE).build();
        assertEquals(Severity.SEVERE, only(check(allergic, o("AMOX-500", "500", "mg", "PO", "TDS")), AlertCategory.ALLERGY).severity());
        assertEquals(Severity.WARNING, only(check(allergic, o("CEFALEXIN-500", "500", "mg", "PO", "QDS")),
                AlertCategory.CROSS_SENSITIVITY).severity());
        PatientState anaphylaxis = patient().allergy("penicillin", AllergySeverity.SEVERE).build();
        assertEquals(Severity.HARD_STOP, only(check(anaphylaxis, o("AMOX-500", "500", "mg", "PO", "TDS")),
                AlertCategory.ALLERGY).severity());
        assertEquals(Severity.SEVERE, only(check(anaphylaxis, o("CEFALEXIN-500", "500", "mg", "PO", "QDS")),
                AlertCategory.CROSS_SENSITIVITY).severity());
    }

    @Test
    void aNonDrugAllergyIsIgnoredAndAnUnknownOneSaysItCannotBeChecked() {
        assertNothingAboveInfo(check(patient().allergy("Latex", AllergySeverity.MILD).build(), o("AMOX-500", "500", "mg", "PO", "TDS")));
        assertEquals(Severity.WARNING, only(check(patient().allergy("Tazocin", AllergySeverity.MILD).build(),
                o("AMOX-500", "500", "mg", "PO", "TDS")), AlertCategory.MISSING_DATA).severity());
    }

    @Test
    void anUnrecordedAllergyStatusIsAHardStop() {
        assertEquals(Severity.HARD_STOP, only(check(patient().allergyNotRecorded().build(), o("AMOX-500", "500", "mg", "PO", "TDS")),
                AlertCategory.MISSING_DATA).severity());
    }

    @Test
    void interactionsAreFoundByClassInEitherOrder() {
        assertEquals(Severity.HARD_STOP, only(check(patient().build(), o("CLARITH-500", "500", "mg", "PO", "BD"),
                o("SIMVA-40", "40", "mg", "PO", "ON")), AlertCategory.INTERACTION).severity());
        assertEquals(Severity.HARD_STOP, only(check(patient().build(), o("SIMVA-40", "40", "mg", "PO", "ON"),
                o("CLARITH-500", "500", "mg", "PO", "BD")), AlertCategory.INTERACTION).severity());
        assertEquals(Severity.SEVERE, only(check(patient().build(), o("MORPHINE-SOL-10", "5", "mg", "PO", "Q4H"),
                o("LORAZEPAM-1", "1", "mg", "PO", "ON")), AlertCategory.INTERACTION).severity());
    }

    @Test
    void aspirinWithClopidogrelOnlyInforms() {
        assertNothingAboveInfo(check(patient().build(), o("CLOPIDOGREL-75", "75", "mg", "PO", "OD"), o("ASPIRIN-75", "75", "mg", "PO", "OD")));
    }

    @Test
    void twoNsaidsAreADuplicate() {
        assertEquals(Severity.WARNING, only(check(patient().build(), o("NAPROXEN-250", "250", "mg", "PO", "BD"),
                o("IBUPROFEN-400", "400", "mg", "PO", "TDS")), AlertCategory.DUPLICATE_THERAPY).severity());
    }

    @Test
    void renalRulesUseTheLatestResultAndSayWhenThereIsNone() {
        assertEquals(Severity.SEVERE, only(check(patient().egfr(30).build(), o("NITROFURANTOIN-50", "50", "mg", "PO", "QDS")),
                AlertCategory.RENAL).severity());
        assertNothingAboveInfo(check(patient().egfr(60).build(), o("NITROFURANTOIN-50", "50", "mg", "PO", "QDS")));
        only(check(patient().noRenalFunction().build(), o("NITROFURANTOIN-50", "50", "mg", "PO", "QDS")), AlertCategory.MISSING_DATA);
        Alert byClearance = only(check(patient().crcl(25).build(), o("IBUPROFEN-400", "400", "mg", "PO", "TDS")), AlertCategory.RENAL);
        assertTrue(byClearance.message().contains("creatinine clearance 25"), byClearance.message());
    }

    @Test
    void ageAndPregnancyRulesApplyToTheirPatients() {
        assertEquals(Severity.HARD_STOP, only(check(patient().age(8).weight(25).build(), o("COCODAMOL-30-500", "1", "tablet", "PO", "QDS")),
                AlertCategory.AGE).severity());
        assertEquals(Severity.SEVERE, only(check(patient().female().pregnancy(PregnancyStatus.PREGNANT).build(),
                o("WARFARIN-1", "3", "mg", "PO", "OD")), AlertCategory.PREGNANCY).severity());
        only(check(patient().female().pregnancy(PregnancyStatus.NOT_RECORDED).build(), o("WARFARIN-1", "3", "mg", "PO", "OD")),
                AlertCategory.MISSING_DATA);
        assertNothingAboveInfo(check(patient().age(70).female().pregnancy(PregnancyStatus.NOT_RECORDED).build(),
                o("WARFARIN-1", "3", "mg", "PO", "OD")));
    }

    @Test
    void aPatchCountsWhatItDeliversInADay() {
        assertTrue(o("FENTANYL-12", "1", "patch", "TD", "OD").ingredientsPerDose().orElseThrow().get("fentanyl").display()
                .equals("288 micrograms"));
    }

    @Test
    void alertsComeMostSevereFirstAndEachProblemOnce() {
        List<Alert> alerts = check(patient().allergyNotRecorded().build(), o("PARA-TAB-500", "2", "g", "PO", "QDS"));
        assertEquals(Severity.HARD_STOP, alerts.get(0).severity());
        assertEquals(alerts.size(), alerts.stream().map(Alert::key).distinct().count());
    }
}
