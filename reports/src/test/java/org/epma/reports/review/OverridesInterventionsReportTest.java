package org.epma.reports.review;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.epma.prescribing.checks.AlertCategory;
import org.epma.prescribing.checks.Severity;
import org.epma.prescribing.orderreview.OverridesAndInterventions.ActionKind;
import org.epma.prescribing.orderreview.OverridesAndInterventions.Fate;
import org.epma.prescribing.orderreview.OverridesAndInterventions.OrderSummary;
import org.epma.prescribing.orderreview.OverridesAndInterventions;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.PdfText;
import org.epma.reports.print.Printing;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverridesInterventionsReportTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7));
    private static final OverridesInterventionsReport REPORT = new OverridesInterventionsReport(null, new PdfPrinter());
    private static final Printing PHARMACIST = new Printing("Ysbyty Gwynedd", "Pharmacist Hughes (pharm.hughes)",
            Instant.parse("2026-12-07T17:00:00Z"), Locale.ENGLISH, false);

    @Test
    void overridesThenPharmacistsActionsEachWithWhereTheOrderEnded() throws IOException {
        OrderSummary warfarin = new OrderSummary(21, 7, "EVANS, Gwenllïan", "H100001", "Clarithromycin 500 mg tablets 500 mg oral twice a day",
                1, Fate.CHANGED, "Dr Patel (dr.patel)", Instant.parse("2026-12-02T11:00:00Z"), null);
        OrderSummary rejected = new OrderSummary(22, 8, "JONES, Dafydd", "H100002", "Ibuprofen 400 mg tablets 400 mg oral three times a day",
                1, Fate.REJECTED, "Pharmacist Hughes (pharm.hughes)", Instant.parse("2026-12-03T10:00:00Z"), "eGFR 25: avoid NSAIDs");
        Pdf pdf = REPORT.print(new OverridesAndInterventions.Report("CYBI", "Bevan Ward", "Ward Tŷ Dŵr Glân", LONDON, PERIOD, List.of(
                new OverridesAndInterventions.Overridden(warfarin, Instant.parse("2026-12-01T09:30:00Z"), AlertCategory.INTERACTION,
                        Severity.SEVERE, "Clarithromycin raises the effect of warfarin: bleeding risk.", "Dr Jones (dr.jones)",
                        "INR checked daily, short course")), List.of(
                new OverridesAndInterventions.PharmacistAction(warfarin, Instant.parse("2026-12-01T14:00:00Z"), ActionKind.INTERVENTION,
                        "INTERACTION", "Advised doxycycline instead", "Pharmacist Hughes (pharm.hughes)"),
                new OverridesAndInterventions.PharmacistAction(rejected, Instant.parse("2026-12-03T10:00:00Z"), ActionKind.REJECTION,
                        null, "eGFR 25: avoid NSAIDs", "Pharmacist Hughes (pharm.hughes)")), 12), PHARMACIST);
        String text = PdfText.of(pdf, "overrides-interventions");

        assertTrue(text.contains("Alert overrides and pharmacist interventions"), text);
        assertTrue(text.contains("1 alert overridden; 1 intervention and 1 rejection by pharmacists; 12 orders verified"), text);
        assertTrue(text.contains("Alerts overridden when the order was signed"), text);
        assertTrue(text.contains("Tue 1 Dec 2026 09:30 EVANS, Gwenllïan · H100001"), text);
        assertTrue(text.contains("Serious · Interaction: Clarithromycin raises the effect of warfarin: bleeding risk."), text);
        assertTrue(text.contains("Reason given: INR checked daily, short course"), text);
        assertTrue(text.contains("Dr Jones (dr.jones)"), text);
        assertTrue(text.contains("Changed into a new version by Dr Patel (dr.patel) Wed 2 Dec 2026 11:00"), text);
        assertTrue(text.indexOf("Alerts overridden when") < text.indexOf("What pharmacists did"), "overrides first");
        assertTrue(text.contains("Intervention (Interaction): Advised doxycycline instead"), text);
        assertTrue(text.contains("Rejected: eGFR 25: avoid NSAIDs"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
    }

    @Test
    void welshWithNothingOverriddenSaysSo() throws IOException {
        Printing welsh = new Printing("Ysbyty Gwynedd", "Fferyllydd Hughes", Instant.parse("2026-12-07T17:00:00Z"), Printing.WELSH, true);
        Pdf pdf = REPORT.print(new OverridesAndInterventions.Report("CYBI", "Bevan Ward", "Ward Tŷ Dŵr Glân", LONDON, PERIOD,
                List.of(), List.of(), 0), welsh);
        String text = PdfText.of(pdf, "overrides-interventions-cy");

        assertEquals(1, pdf.pages());
        assertTrue(text.contains("Ni ddiystyrwyd unrhyw rybudd ac ni wnaeth unrhyw fferyllydd ymyrryd"), text);
        assertTrue(text.contains("Ward: Ward Tŷ Dŵr Glân (CYBI)"), text);
        assertTrue(text.contains("Tudalen 1 o 1"), text);
        assertTrue(text.contains("SYSTEM HYFFORDDI"), text);
    }
}
