package org.epma.reports.critical;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.epma.prescribing.administration.CriticalDoseOmissions.Day;
import org.epma.prescribing.administration.CriticalDoseOmissions.Entry;
import org.epma.prescribing.administration.CriticalDoseOmissions.Kind;
import org.epma.prescribing.administration.CriticalDoseOmissions;
import org.epma.prescribing.administration.NotGivenReason;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.PdfText;
import org.epma.reports.print.Printing;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CriticalOmissionsReportTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3));
    private static final CriticalOmissionsReport REPORT = new CriticalOmissionsReport(null, new PdfPrinter());
    private static final Printing MANAGER = new Printing("Ysbyty Gwynedd", "Rhys Pharmacist", Instant.parse("2026-12-03T17:00:00Z"),
            Locale.ENGLISH, false);

    private static CriticalDoseOmissions.Report report(List<Entry> entries, int due) {
        return new CriticalDoseOmissions.Report("CYBI", "Bevan Ward", "Ward Tŷ Dŵr Glân", LONDON, PERIOD, due, entries, List.of(
                new Day(LocalDate.of(2026, 12, 1), 10, 1, 0, 0), new Day(LocalDate.of(2026, 12, 2), 8, 0, 1, 1),
                new Day(LocalDate.of(2026, 12, 3), 0, 0, 0, 0)));
    }

    @Test
    void listsEachOmittedOrDelayedCriticalDoseWithItsReasonAndDrawsTheChart() throws IOException {
        Pdf pdf = REPORT.print(report(List.of(
                new Entry(1, "EVANS, Gwenllïan", "H100001", "Levetiracetam 500 mg tablets 500 mg oral twice a day",
                        Instant.parse("2026-12-01T08:00:00Z"), Kind.OMITTED, NotGivenReason.DRUG_UNAVAILABLE, "none on the ward",
                        Instant.parse("2026-12-01T08:20:00Z"), 0, null, "Nurse Evans (nurse.evans)"),
                new Entry(2, "JONES, Dafydd", "H100002", "Co-careldopa 25/100 tablets 1 tablet oral four times a day",
                        Instant.parse("2026-12-02T12:00:00Z"), Kind.NOT_RECORDED, null, null, null, 0, null, null),
                new Entry(2, "JONES, Dafydd", "H100002", "Insulin aspart 4 unit subcutaneous three times a day",
                        Instant.parse("2026-12-02T18:00:00Z"), Kind.DELAYED, null, null, Instant.parse("2026-12-02T19:45:00Z"), 105,
                        "patient off the ward for a scan", "Nurse Okafor (nurse.okafor)")), 18), MANAGER);
        String text = PdfText.of(pdf, "critical-omissions");

        assertTrue(text.contains("Omitted and delayed doses of critical medicines"), text);
        assertTrue(text.contains("18 critical doses due: 1 omitted, 1 with nothing recorded, 1 delayed"), text);
        assertTrue(text.contains("Tue 1 Dec 2026 08:00 EVANS, Gwenllïan · H100001 Levetiracetam"), text);
        assertTrue(text.contains("Omitted Medicine not available · none on the ward Nurse Evans (nurse.evans)"), text);
        assertTrue(text.contains("Nothing recorded no record and no reason"), text);
        assertTrue(text.contains("Delayed (given 19:45, 1 h 45 min after the dose time) patient off the ward for a scan"), text);
        assertTrue(text.contains("Page 1 of " + pdf.pages()), text);
        // the chart is drawn as vector graphics, its words as shapes: it shows in the size, and in the PNG a person looks at
        Pdf withoutChart = REPORT.print(new CriticalDoseOmissions.Report("CYBI", "Bevan Ward", "Ward Tŷ Dŵr Glân", LONDON, PERIOD, 18,
                report(List.of(), 18).entries(), List.of()), MANAGER);
        assertTrue(pdf.content().length > withoutChart.content().length + 5_000,
                "the chart is drawn: " + pdf.content().length + " against " + withoutChart.content().length);
    }

    @Test
    void welshWithNothingOmittedSaysSoOnOnePage() throws IOException {
        Printing welsh = new Printing("Ysbyty Gwynedd", "Nyrs Evans", Instant.parse("2026-12-03T17:00:00Z"), Printing.WELSH, true);
        Pdf pdf = REPORT.print(report(List.of(), 18), welsh);
        String text = PdfText.of(pdf, "critical-omissions-cy");

        assertEquals(1, pdf.pages());
        assertTrue(text.contains("Ni hepgorwyd nac oedwyd unrhyw ddos o feddyginiaeth gritigol"), text);
        assertTrue(text.contains("Ward: Ward Tŷ Dŵr Glân (CYBI)"), text);
        assertTrue(text.contains("Tudalen 1 o 1"), text);
        assertTrue(text.contains("SYSTEM HYFFORDDI"), text);
    }
}
