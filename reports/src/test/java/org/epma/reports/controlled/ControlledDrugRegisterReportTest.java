package org.epma.reports.controlled;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.epma.prescribing.administration.ControlledDrugRegister.Entry;
import org.epma.prescribing.administration.ControlledDrugRegister;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.Printing;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlledDrugRegisterReportTest {

    private static final Dose FIVE_MG = Dose.of("5", Unit.MG);

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ReportPeriod WEEK = new ReportPeriod(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 3));
    private static final ControlledDrugRegisterReport REPORT = new ControlledDrugRegisterReport(null, new PdfPrinter());
    private static final Printing PHARMACIST = new Printing("Ysbyty Gwynedd", "Rhys Pharmacist", Instant.parse("2026-12-03T17:00:00Z"),
            Locale.ENGLISH, false);

    private static ControlledDrugRegister.Register register(List<Entry> entries) {
        return new ControlledDrugRegister.Register("CYBI", "Bevan Ward", "Ward Tŷ Dŵr Glân", LONDON, WEEK, entries);
    }

    private static String text(Pdf pdf) throws IOException {
        // kept in target/ for a person to look at (pdftoppm -png target/controlled-drug-register.pdf page)
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "controlled-drug-register.pdf"), pdf.content());
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertEquals(pdf.pages(), document.getNumberOfPages());
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void listsEachDoseOfEachDrugWithWhoGaveAndWitnessedIt() throws IOException {
        String text = text(REPORT.print(register(List.of(
                new Entry(1, Instant.parse("2026-12-01T09:15:00Z"), "Morphine sulfate 10 mg/5 mL oral solution", FIVE_MG,
                        "EVANS, Gwenllïan", "H100001", "Nurse Evans (nurse.evans)", "Nurse Okafor (nurse.okafor)"),
                new Entry(2, Instant.parse("2026-12-02T21:40:00Z"), "Oxycodone 5 mg capsules", FIVE_MG, "JONES, Dafydd", "H100002",
                        "Nurse Okafor (nurse.okafor)", null))), PHARMACIST));

        assertTrue(text.contains("Controlled drug administration register"), text);
        assertTrue(text.contains("Morphine sulfate 10 mg/5 mL oral solution"), text);
        assertTrue(text.contains("Tue 1 Dec 2026 09:15 5 mg EVANS, Gwenllïan · H100001 Nurse Evans (nurse.evans) Nurse Okafor (nurse.okafor)"), text);
        assertTrue(text.contains("Wed 2 Dec 2026 21:40 5 mg JONES, Dafydd · H100002 Nurse Okafor (nurse.okafor) NO WITNESS RECORDED"), text);
        assertTrue(text.indexOf("Morphine") < text.indexOf("Oxycodone"), "drug by drug");
        assertTrue(text.contains("From 27 Nov 2026 to 3 Dec 2026"), text);
        assertTrue(text.contains("Printed by Rhys Pharmacist on Thu 3 Dec 2026 17:00"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
        assertTrue(text.contains("2 doses given"), text);
        assertFalse(text.contains("TRAINING"), text);
    }

    @Test
    void aLongRegisterNumbersEveryPageAndRepeatsTheDrugOnEachPage() throws IOException {
        List<Entry> entries = new ArrayList<>();
        IntStream.range(0, 80).forEach(i -> entries.add(new Entry(1, Instant.parse("2026-11-27T08:00:00Z").plusSeconds(3600L * i),
                "Morphine sulfate 10 mg/5 mL oral solution", Dose.of("2.5", Unit.MG), "EVANS, Gwenllïan", "H100001", "Nurse Evans", "Nurse Okafor")));
        Pdf pdf = REPORT.print(register(entries), PHARMACIST);
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 1, "eighty doses run over pages");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                assertTrue(text.contains("Page " + page + " of " + pages), text);
                assertTrue(text.contains("Morphine sulfate 10 mg/5 mL oral solution"), "the drug on page " + page);
                assertTrue(text.contains("Witnessed by"), "column headings on page " + page);
            }
        }
    }

    @Test
    void welshRegisterInTrainingWithNothingGivenSaysSo() throws IOException {
        Printing welsh = new Printing("Ysbyty Gwynedd", "Nyrs Evans", Instant.parse("2026-12-03T17:00:00Z"), Printing.WELSH, true);
        Pdf pdf = REPORT.print(register(List.of()), welsh);
        String text = text(pdf);

        assertEquals(1, pdf.pages());
        assertTrue(text.contains("Ni roddwyd unrhyw gyffur a reolir ar y ward hon yn y cyfnod hwn"), text);
        assertTrue(text.contains("Ward: Ward Tŷ Dŵr Glân (CYBI)"), text);
        assertTrue(text.contains("Tudalen 1 o 1"), text);
        assertTrue(text.contains("SYSTEM HYFFORDDI"), text);
        assertTrue(text.contains("Cofrestr rhoi cyffuriau a reolir"), text);
    }
}
