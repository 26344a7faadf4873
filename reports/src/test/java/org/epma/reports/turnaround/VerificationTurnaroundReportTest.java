package org.epma.reports.turnaround;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.epma.prescribing.orderreview.TurnaroundFigures.Wait;
import org.epma.prescribing.orderreview.TurnaroundFigures;
import org.epma.prescribing.orderreview.VerificationTurnaround;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.PdfText;
import org.epma.reports.print.Printing;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationTurnaroundReportTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3));
    private static final VerificationTurnaroundReport REPORT = new VerificationTurnaroundReport(null, new PdfPrinter());
    private static final Printing ADMIN = new Printing("Ysbyty Gwynedd", "IT Desk (admin)", Instant.parse("2026-12-03T17:00:00Z"),
            Locale.ENGLISH, false);

    private static TurnaroundFigures hours(long... hours) {
        return TurnaroundFigures.of(java.util.Arrays.stream(hours).mapToObj(h -> Wait.verifiedAfter(Duration.ofHours(h))).toList());
    }

    @Test
    void eachWardsMedianPercentileAndShareWithin24HoursAndTheChart() throws IOException {
        TurnaroundFigures bevan = TurnaroundFigures.of(List.of(Wait.verifiedAfter(Duration.ofMinutes(90)), Wait.verifiedAfter(Duration.ofHours(3)),
                Wait.verifiedAfter(Duration.ofHours(30)), Wait.stillWaiting(Duration.ofHours(26)), Wait.closedUnverified()));
        TurnaroundFigures dewi = hours(1, 2);
        TurnaroundFigures all = TurnaroundFigures.of(List.of(Wait.verifiedAfter(Duration.ofMinutes(90)), Wait.verifiedAfter(Duration.ofHours(3)),
                Wait.verifiedAfter(Duration.ofHours(30)), Wait.stillWaiting(Duration.ofHours(26)), Wait.closedUnverified(),
                Wait.verifiedAfter(Duration.ofHours(1)), Wait.verifiedAfter(Duration.ofHours(2))));
        VerificationTurnaround.Report report = new VerificationTurnaround.Report(null, null, null, LONDON, PERIOD, List.of(
                new VerificationTurnaround.WardFigures("CYBI", "Bevan Ward", "Ward Tŷ Dŵr Glân", bevan),
                new VerificationTurnaround.WardFigures("DEWI", "Dewi Ward", "Ward Dewi", dewi),
                new VerificationTurnaround.WardFigures("ENLLI", "Enlli Ward", "Ward Enlli", TurnaroundFigures.of(List.of()))), all, List.of(
                new VerificationTurnaround.DayFigures(LocalDate.of(2026, 12, 1), hours(1, 3)),
                new VerificationTurnaround.DayFigures(LocalDate.of(2026, 12, 2), hours(2, 30)),
                new VerificationTurnaround.DayFigures(LocalDate.of(2026, 12, 3), TurnaroundFigures.of(List.of()))));
        Pdf pdf = REPORT.print(report, ADMIN);
        String text = PdfText.of(pdf, "verification-turnaround");

        assertTrue(text.contains("Verification turnaround"), text);
        assertTrue(text.contains("Ward: Every ward"), text);
        // three verified (1.5 h, 3 h, 30 h): median 3 h, 90th percentile 30 h; 2 of 4 known within 24 h (one waits 26 h)
        assertTrue(text.contains("Bevan Ward (CYBI) 5 3 3 h 00 min 30 h 00 min 50% (2 of 4) 1 (1) 1"), text);
        assertTrue(text.contains("Dewi Ward (DEWI) 2 2 1 h 30 min 2 h 00 min 100% (2 of 2) 0 0"), text);
        assertTrue(text.contains("Enlli Ward (ENLLI) 0 0 – – – 0 0"), text);
        assertTrue(text.contains("All wards 7 5 2 h 00 min 30 h 00 min 67% (4 of 6) 1 (1) 1"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
        assertTrue(text.contains("Printed by IT Desk (admin)"), text);
        assertTrue(!text.contains("EVANS") && !text.contains("H100"), "no patient is named");
    }

    @Test
    void welshWithNoOrderSignedSaysSo() throws IOException {
        Printing welsh = new Printing("Ysbyty Gwynedd", "Desg TG", Instant.parse("2026-12-03T17:00:00Z"), Printing.WELSH, true);
        TurnaroundFigures none = TurnaroundFigures.of(List.of());
        Pdf pdf = REPORT.print(new VerificationTurnaround.Report("CYBI", "Bevan Ward", "Ward Tŷ Dŵr Glân", LONDON, PERIOD,
                List.of(new VerificationTurnaround.WardFigures("CYBI", "Bevan Ward", "Ward Tŷ Dŵr Glân", none)), none, List.of()), welsh);
        String text = PdfText.of(pdf, "verification-turnaround-cy");

        assertEquals(1, pdf.pages());
        assertTrue(text.contains("Ni lofnodwyd unrhyw bresgripsiwn yn y cyfnod hwn"), text);
        assertTrue(text.contains("Ward: Ward Tŷ Dŵr Glân (CYBI)"), text);
        assertTrue(text.contains("Tudalen 1 o 1"), text);
        assertTrue(text.contains("SYSTEM HYFFORDDI"), text);
    }
}
