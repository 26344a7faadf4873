package org.epma.reports.downtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.epma.prescribing.administration.DowntimeChart;
import org.epma.prescribing.administration.DowntimeChart.DueDose;
import org.epma.prescribing.administration.DowntimeChart.OrderSheet;
import org.epma.prescribing.administration.DowntimeChart.PatientSheet;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.OrderWording;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.Printing;
import org.junit.jupiter.api.Test;

class DowntimeMarReportTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    // 06:00 in London: the 24 hours ahead cross midnight
    private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");
    private static final DowntimeMarReport REPORT = new DowntimeMarReport(null, new PdfPrinter());

    private static Instant at(String time) {
        return Instant.parse("2026-12-03T" + time + ":00Z");
    }

    private static OrderWording order(String medicine, String amount, Unit unit, Route route, Frequency frequency) {
        return new OrderWording(medicine, Dose.of(amount, unit), route, frequency, null);
    }

    private static OrderSheet regular(OrderWording wording, String... times) {
        return new OrderSheet(wording, null, false, false, false, true, false,
                List.of(times).stream().map(t -> new DueDose(at(t), false)).toList());
    }

    private static DowntimeChart.Sheet ward(List<PatientSheet> patients) {
        return new DowntimeChart.Sheet("CYBI", "Bevan Ward", "Ward Tŷ Dŵr Glân", LONDON, NOW, NOW.plusSeconds(24 * 3600), patients);
    }

    private static PatientSheet evans(List<OrderSheet> orders) {
        return new PatientSheet(1, "B3", "H100001", "9434765919", "Gwenllïan", "Evans", LocalDate.of(1948, 5, 17),
                AllergyStatus.KNOWN_ALLERGIES, List.of("Penicillin (anaphylaxis)"),
                new DowntimeChart.Weight(new BigDecimal("72.50"), "kg", Instant.parse("2026-12-01T10:00:00Z")), orders);
    }

    private static DowntimeChart.Sheet bevanWard() {
        PatientSheet evans = evans(List.of(
                regular(order("Paracetamol 500 mg tablets", "1", Unit.G, Route.PO, Frequency.QDS), "08:00", "12:00", "18:00", "22:00"),
                regular(order("Enoxaparin sodium 40 mg/0.4 mL solution for injection pre-filled syringes, a name long enough to run onto a"
                        + " second line", "40", Unit.MG, Route.SC, Frequency.OD), "18:00"),
                new OrderSheet(new OrderWording("Morphine sulfate 10 mg/5 mL oral solution", Dose.of("5", Unit.MG), Route.PO, Frequency.PRN, 6),
                        "For pain", true, false, true, true, false, List.of()),
                new OrderSheet(order("Oxycodone 10 mg modified-release tablets", "10", Unit.MG, Route.PO, Frequency.BD), null, false, false, true, true, false,
                        List.of(new DueDose(at("20:00"), false))),
                new OrderSheet(order("Co-careldopa 25/100 tablets", "1", Unit.TABLET, Route.PO, Frequency.QDS), null, false, true, false, false, false,
                        List.of(new DueDose(at("05:00"), true), new DueDose(at("10:00"), false)))));
        PatientSheet jones = new PatientSheet(2, "B4", "H100002", null, "Dafydd", "Jones", LocalDate.of(1960, 1, 2),
                AllergyStatus.NO_KNOWN_ALLERGIES, List.of(), null, List.of(
                        regular(order("Insulin soluble human 100 units/mL", "4", Unit.UNIT, Route.SC, Frequency.Q4H), "07:00", "08:00", "09:00", "10:00", "11:00", "12:00",
                                "13:00", "14:00"),
                        regular(order("Alendronic acid 70 mg tablets", "70", Unit.MG, Route.PO, Frequency.WEEKLY))));
        PatientSheet price = new PatientSheet(3, "B5", "H100003", null, "Ffion", "Price", null, AllergyStatus.NOT_RECORDED,
                List.of(), null, List.of());
        return ward(List.of(evans, jones, price));
    }

    private static Printing english(boolean training) {
        return new Printing("Ysbyty Gwynedd", "Nurse Evans", NOW, Locale.ENGLISH, training);
    }

    private static List<String> pages(Pdf pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertEquals(pdf.pages(), document.getNumberOfPages(), "pages counted as the PDF has them");
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                // PDF text comes back broken into lines where the boxes wrap: compare words, not layout
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    @Test
    void chartListsEveryPatientOnAPageWithTheirOrdersAndABoxForEachDueDose() throws IOException {
        List<String> pages = pages(REPORT.print(bevanWard(), english(false)));

        assertEquals(3, pages.size(), "a page for each patient");
        String evans = pages.get(0);
        assertTrue(evans.contains("EVANS, Gwenllïan"), evans);
        assertTrue(evans.contains("Paracetamol 500 mg tablets 1 g oral four times a day"), evans);
        assertTrue(evans.contains("5 mg oral when required (at most 6 in 24 hours)"), evans);
        assertTrue(evans.contains("a name long enough to run onto a second line"), "a long order wraps, whole: " + evans);
        for (String time : List.of("08:00 Thu 3", "12:00 Thu 3", "18:00 Thu 3", "22:00 Thu 3")) {
            assertTrue(evans.contains(time), "a box for the dose at " + time + ": " + evans);
        }
        assertTrue(evans.contains("Controlled drug · As needed · For pain"), evans);
        assertTrue(evans.contains("initials / witness"), "a controlled drug's box asks for a witness: " + evans);
        assertTrue(evans.contains("time, dose, sign, witness"), "an as-needed controlled drug gets boxes with a witness: " + evans);
        assertTrue(evans.contains("05:00 Thu 3 (overdue)"), "an unrecorded dose past its window says so: " + evans);
        assertTrue(evans.contains("Time-critical · Not yet verified by pharmacy"), evans);

        String jones = pages.get(1);
        assertTrue(jones.contains("JONES, Dafydd"), jones);
        IntStream.of(7, 8, 9, 10, 11, 12, 13, 14).forEach(h ->
                assertTrue(jones.contains(String.format("%02d:00 Thu 3", h)), "eight hourly doses over two lines: " + jones));
        assertTrue(jones.contains("No dose due in the next 24 hours."), jones);
        assertTrue(jones.contains("No known allergies"), jones);
        assertTrue(jones.contains("Weight: not recorded"), jones);

        String price = pages.get(2);
        assertTrue(price.contains("PRICE, Ffion"), price);
        assertTrue(price.contains("No current orders."), price);
        assertTrue(price.contains("NOT RECORDED – check with the patient"), price);
        assertFalse(price.contains("Paracetamol"), "one patient's orders never appear on another's page");
    }

    @Test
    void everyPageCarriesHeadingAllergiesWeightAndPageXofY() throws IOException {
        List<OrderSheet> many = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> regular(order("Medicine number " + i, "10", Unit.MG, Route.PO, Frequency.BD), "08:00", "20:00")).toList();
        List<String> pages = pages(REPORT.print(ward(List.of(evans(many))), english(false)));

        assertTrue(pages.size() > 1, "forty orders run over more than one page");
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertTrue(page.contains("Allergies: Penicillin (anaphylaxis)"), "allergies on page " + (i + 1) + ": " + page);
            assertTrue(page.contains("Weight: 72.5 kg (measured 1 Dec 2026)"), "weight on page " + (i + 1) + ": " + page);
            assertTrue(page.contains("EVANS, Gwenllïan"), page);
            assertTrue(page.contains("Page " + (i + 1) + " of " + pages.size()), page);
            assertTrue(page.contains("Ysbyty Gwynedd"), "hospital on every page");
            assertTrue(page.contains("Ward: Bevan Ward (CYBI)"), page);
            assertTrue(page.contains("From Thu 3 Dec 2026 06:00 to Fri 4 Dec 2026 06:00"), page);
            assertTrue(page.contains("Printed by Nurse Evans on Thu 3 Dec 2026 06:00"), page);
        }
        String all = String.join("", pages);
        IntStream.rangeClosed(1, 40).forEach(i -> assertTrue(all.contains("Medicine number " + i + " 10 mg"), "order " + i));
    }

    @Test
    void welshChartHasWelshLabelsAndEmbedsAFontWithWelshLetters() throws IOException {
        Printing welsh = new Printing("Ysbyty Gwynedd", "Nyrs Evans", NOW, Locale.forLanguageTag("cy-GB"), false);
        Pdf pdf = REPORT.print(bevanWard(), welsh);
        List<String> pages = pages(pdf);

        String first = pages.get(0);
        assertTrue(first.contains("Ward: Ward Tŷ Dŵr Glân (CYBI)"), "ŵ ŷ â survive into the PDF: " + first);
        assertTrue(first.contains("Siart rhoi meddyginiaethau pan fo’r system i lawr"), first);
        assertTrue(first.contains("Tudalen 1 o 3"), first);
        assertTrue(first.contains("Paracetamol 500 mg tablets 1 g drwy’r geg pedair gwaith y dydd"), "orders in Welsh words: " + first);
        assertTrue(first.contains("5 mg drwy’r geg pan fo angen (dim mwy na 6 mewn 24 awr)"), first);
        assertTrue(first.contains("Alergeddau: Penicillin (anaphylaxis)"), first);
        assertTrue(first.contains("Cyffur a reolir"), first);
        assertTrue(first.contains("pan fydd y system yn ôl"), first);
        assertTrue(first.contains("Argraffwyd gan Nyrs Evans"), first);
        assertTrue(pages.get(2).contains("peidiwch") || pages.get(2).contains("holwch y claf"), pages.get(2));
        assertFalse(first.contains("Page 1"), "no English label on a Welsh chart");

        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVu"), font.getName());
            }
        }
    }

    @Test
    void trainingBannerOnEveryPageOnlyInTrainingMode() throws IOException {
        List<String> training = pages(REPORT.print(bevanWard(), english(true)));
        training.forEach(page -> assertTrue(page.contains("TRAINING SYSTEM – not a real patient record"), page));

        List<String> live = pages(REPORT.print(bevanWard(), english(false)));
        live.forEach(page -> assertFalse(page.contains("TRAINING"), page));
    }

    @Test
    void emptyWardGivesAOnePagePdfSayingThereIsNothingToShow() throws IOException {
        Pdf pdf = REPORT.print(ward(List.of()), english(true));
        List<String> pages = pages(pdf);

        assertEquals(1, pages.size());
        String page = pages.get(0);
        assertTrue(page.contains("There are no patients on this ward: nothing to show."), page);
        assertTrue(page.contains("Page 1 of 1"), page);
        assertTrue(page.contains("Downtime medicines administration chart"), page);
        assertTrue(page.contains("TRAINING SYSTEM"), page);
    }

    /** Writes page 1 as target/downtime-mar-page1.png for a person to look at; fails if it comes out blank. */
    @Test
    void firstPageRendersToAnImageWithInkOnIt() throws IOException {
        Pdf pdf = REPORT.print(bevanWard(), english(true));
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path png = Path.of("target", "downtime-mar-page1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            long dark = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    dark += (image.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
                }
            }
            assertTrue(image.getWidth() > image.getHeight(), "landscape");
            assertTrue(dark > 1000, "the page has text and boxes on it, " + dark + " dark samples");
        }
    }
}
