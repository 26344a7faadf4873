package org.epma.prescribing.infusion;

import static org.epma.prescribing.infusion.InfusionFixtures.LIMITS;
import static org.epma.prescribing.infusion.InfusionFixtures.continuous;
import static org.epma.prescribing.infusion.InfusionFixtures.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.epma.prescribing.checks.Alert;
import org.epma.prescribing.checks.AlertCategory;
import org.epma.prescribing.checks.Severity;
import org.junit.jupiter.api.Test;

/** The infusion checks against the shipped infusion-limits.csv. */
class InfusionChecksTest {

    private static List<Alert> check(InfusionOrder order, String weight, String otherMl) {
        return InfusionChecks.check(order, weight == null ? null : n(weight), n(otherMl), LIMITS);
    }

    private static Optional<Alert> find(List<Alert> alerts, String keyPart) {
        return alerts.stream().filter(a -> a.key().contains(keyPart)).findFirst();
    }

    @Test
    void potassiumAboveTenMmolAnHourIsSevereAndAboveFortyCannotBeSigned() {
        // 40 mmol/L at 250 mL/hour is 10 mmol/hour: at the limit, not above it
        assertEquals(Optional.empty(), find(check(continuous("KCL-NACL-40MMOL-1000ML").kind("FLUID").ml("250").valid(null), "70", "0"),
                "dose-rate:potassium"));
        Alert severe = find(check(continuous("KCL-NACL-40MMOL-1000ML").kind("FLUID").ml("300").valid(null), "70", "0"), "dose-rate:")
                .orElseThrow();
        assertEquals(Severity.SEVERE, severe.severity());
        assertTrue(severe.message().contains("12 mmol/hour") && severe.message().contains("10 mmol/hour"), severe.message());
        assertTrue(severe.rule().startsWith("infusion-limits.csv line"), severe.rule());
        assertTrue(severe.source().contains("B. Braun"), severe.source());
        // 20 mmol in 100 mL at 250 mL/hour is 50 mmol/hour
        Alert hard = find(check(continuous("KCL-CONC-20MMOL-10ML").drug("20", "mmol").in("NACL-0P9-100ML", "100").ml("250")
                .central().valid(null), "70", "0"), "dose-rate-hard").orElseThrow();
        assertEquals(Severity.HARD_STOP, hard.severity());
    }

    @Test
    void strongPotassiumOnAPeripheralLineIsSevereButNotOnACentralOne() {
        InfusionFixtures.Request strong = continuous("KCL-CONC-20MMOL-10ML").drug("20", "mmol").in("NACL-0P9-100ML", "100").ml("25");
        Alert peripheral = find(check(strong.valid(null), "70", "0"), "concentration:potassium chloride").orElseThrow();
        assertEquals(Severity.SEVERE, peripheral.severity());
        assertTrue(peripheral.message().contains("200 mmol/L") && peripheral.message().contains("peripheral"), peripheral.message());
        assertEquals(Optional.empty(), find(check(strong.central().valid(null), "70", "0"), "concentration:"));
        assertEquals(Optional.empty(), find(check(continuous("KCL-NACL-40MMOL-1000ML").kind("FLUID").hours("8").valid(null), "70", "0"),
                "concentration:"), "40 mmol/L is the limit, not above it");
    }

    @Test
    void aDrugWithoutADoseRateRowIsSaidToHaveNoCheck() {
        List<Alert> alerts = check(continuous("MIDAZOLAM-INJ-10-2ML").drug("50", "mg").in("NACL-0P9-100ML", "50").ml("3").valid(null),
                "70", "0");
        Alert none = find(alerts, "no-dose-rate:midazolam").orElseThrow();
        assertEquals(Severity.INFO, none.severity());
        assertEquals("infusion.alert.noDoseRateCheck", none.wording().code());
        Alert daily = find(alerts, "daily-drug:midazolam").orElseThrow();
        assertTrue(daily.message().contains("72 mg"), daily.message());
    }

    @Test
    void theDailyFluidCountsEveryInfusionAndIsJudgedPerKg() {
        InfusionOrder saline = continuous("NACL-0P9-1000ML").kind("FLUID").hours("8").valid(null);
        Alert within = find(check(saline, "70", "1000"), "daily-fluid").orElseThrow();
        assertEquals(Severity.INFO, within.severity());
        assertTrue(within.message().contains("2000 mL") && within.message().contains("28.6 mL/kg"), within.message());
        Alert above = find(check(saline, "70", "2000"), "daily-fluid").orElseThrow();
        assertEquals(Severity.WARNING, above.severity());
        assertEquals(AlertCategory.DOSE_DAILY, above.category());
        assertTrue(above.source().contains("NICE CG174"), above.source());
        Alert noWeight = find(check(saline, null, "0"), "daily-fluid").orElseThrow();
        assertEquals(AlertCategory.MISSING_DATA, noWeight.category());
    }

    @Test
    void anIntermittentInfusionsDoseIsLeftToTheDoseChecks() {
        List<Alert> alerts = check(continuous("FLUCLOXACILLIN-INJ-1G").kind("INTERMITTENT").drug("1", "g").in("NACL-0P9-100ML", "100")
                .over(30, "QDS").valid(null), "70", "0");
        assertEquals(Optional.empty(), find(alerts, "dose-rate"), "an intermittent dose is checked as a dose");
        assertTrue(find(alerts, "daily-fluid").orElseThrow().message().contains("400 mL"));
    }

    @Test
    void limitRowsAreReadWithTheirUnits() {
        InfusionLimits.Limit rate = LIMITS.of("potassium chloride", InfusionLimits.Kind.DOSE_RATE).get(0);
        assertEquals(DoseRateUnit.MMOL_PER_HOUR, rate.rateUnit());
        assertEquals(0, BigDecimal.TEN.compareTo(rate.soft()));
        assertEquals(InfusionLimits.Line.PERIPHERAL, LIMITS.of("potassium chloride", InfusionLimits.Kind.CONCENTRATION).get(0).line());
    }
}
