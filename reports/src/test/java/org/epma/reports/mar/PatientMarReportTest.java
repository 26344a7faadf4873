package org.epma.reports.mar;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.epma.prescribing.administration.NotGivenReason;
import org.epma.prescribing.administration.PatientMarHistory.Dose;
import org.epma.prescribing.administration.PatientMarHistory.Fate;
import org.epma.prescribing.administration.PatientMarHistory.OrderRecord;
import org.epma.prescribing.administration.PatientMarHistory;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.OrderWording;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.PdfText;
import org.epma.reports.print.Printing;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatientMarReportTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
    private static final PatientMarReport REPORT = new PatientMarReport(null, new PdfPrinter());
    private static final Printing NURSE = new Printing("Ysbyty Gwynedd", "Nurse Evans (nurse.evans)", Instant.parse("2026-12-03T09:00:00Z"),
            Locale.ENGLISH, false);

    private static PatientMarHistory.Record record(List<OrderRecord> orders) {
        return new PatientMarHistory.Record(7, "H100001", "943 476 5919", "Gwenllïan", "Evans", LocalDate.of(1948, 3, 1),
                AllergyStatus.KNOWN_ALLERGIES, List.of("Penicillin (Rash)"), "CYBI", "Bevan Ward", "Ward Tŷ Dŵr Glân", "4", LONDON,
                PERIOD, orders);
    }

    private static OrderWording order(String medicine, String amount, Unit unit, Frequency frequency) {
        return new OrderWording(medicine, org.epma.prescribing.formulary.Dose.of(amount, unit), Route.PO, frequency, null);
    }

    private static Dose given(String at, String when, String by, String witness) {
        return new Dose(Instant.parse(at), Fate.GIVEN, Instant.parse(when), Quantity.of("5", Unit.MG), null, null, by, witness, false, null, null);
    }

    @Test
    void everyDoseOfEveryOrderWithWhatHappenedByWhomAndWhen() throws IOException {
        List<OrderRecord> orders = List.of(
                new OrderRecord(11, "order-11", 1, order("Amlodipine 5 mg tablets", "5", Unit.MG, Frequency.OD), PrescriptionStatus.VERIFIED, false, false,
                        false, "Dr Jones (dr.jones)", Instant.parse("2026-11-20T08:00:00Z"), null, List.of(
                        given("2026-12-01T08:00:00Z", "2026-12-01T08:10:00Z", "Nurse Evans (nurse.evans)", null),
                        new Dose(Instant.parse("2026-12-02T08:00:00Z"), Fate.NOT_GIVEN, Instant.parse("2026-12-02T08:05:00Z"), null,
                                NotGivenReason.REFUSED, null, "Nurse Okafor (nurse.okafor)", null, false, null, null))),
                new OrderRecord(12, "order-12", 2, order("Levetiracetam 500 mg tablets", "500", Unit.MG, Frequency.BD), PrescriptionStatus.VERIFIED, true,
                        false, false, "Dr Patel (dr.patel)", Instant.parse("2026-11-28T08:00:00Z"), null, List.of(
                        new Dose(Instant.parse("2026-12-01T20:00:00Z"), Fate.NO_RECORD, null, null, null, null, null, null, false, null, null),
                        new Dose(Instant.parse("2026-12-02T08:00:00Z"), Fate.GIVEN, Instant.parse("2026-12-02T10:30:00Z"), Quantity.of("500", Unit.MG), null,
                                null, "Nurse Evans (nurse.evans)", null, true, "patient in theatre", null))),
                new OrderRecord(13, "order-13", 1, order("Oxycodone 5 mg capsules", "5", Unit.MG, Frequency.PRN), PrescriptionStatus.VERIFIED, false,
                        true, true, "Dr Jones (dr.jones)", Instant.parse("2026-11-30T08:00:00Z"), null, List.of(
                        new Dose(null, Fate.GIVEN, Instant.parse("2026-12-01T14:20:00Z"), Quantity.of("5", Unit.MG), null, null, "Nurse Evans (nurse.evans)",
                                "Nurse Okafor (nurse.okafor)", false, null, "pain 7/10"))));
        Pdf pdf = REPORT.print(record(orders), NURSE);
        String text = PdfText.of(pdf, "patient-mar");

        assertTrue(text.contains("Medicines administration record"), text);
        assertTrue(text.contains("Patient: EVANS, Gwenllïan"), text);
        assertTrue(text.contains("Hospital no. H100001 · NHS no. 943 476 5919 · Born 1 Mar 1948"), text);
        assertTrue(text.contains("Allergies: Penicillin (Rash)"), text);
        assertTrue(text.contains("Ward: Bevan Ward (CYBI) · Bed 4"), text);
        assertTrue(text.contains("Tue 1 Dec 2026 08:00 Given 08:10 5 mg Nurse Evans (nurse.evans)"), text);
        assertTrue(text.contains("Wed 2 Dec 2026 08:00 Not given: Refused by the patient 08:05 Nurse Okafor (nurse.okafor)"), text);
        assertTrue(text.contains("Tue 1 Dec 2026 20:00 NOTHING RECORDED"), text);
        assertTrue(text.contains("Given (outside its window) 10:30 500 mg Nurse Evans (nurse.evans) timing: patient in theatre"), text);
        assertTrue(text.contains("As needed Given Tue 1 Dec 2026 14:20 5 mg Nurse Evans (nurse.evans) + Nurse Okafor (nurse.okafor) why: pain 7/10"), text);
        assertTrue(text.contains("Version 2, verified · prescribed by Dr Patel (dr.patel) · from 28 Nov 2026 · Time-critical"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
    }

    @Test
    void aLongRecordRepeatsThePatientAndAllergiesAndNumbersEveryPage() throws IOException {
        List<Dose> doses = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            doses.add(given(Instant.parse("2026-12-01T00:00:00Z").plusSeconds(1800L * i).toString(),
                    Instant.parse("2026-12-01T00:05:00Z").plusSeconds(1800L * i).toString(), "Nurse Evans (nurse.evans)", null));
        }
        Pdf pdf = REPORT.print(record(List.of(new OrderRecord(11, "order-11", 1, order("Paracetamol 500 mg tablets", "1", Unit.G, Frequency.Q4H),
                PrescriptionStatus.VERIFIED, false, false, false, "Dr Jones (dr.jones)", Instant.parse("2026-11-20T08:00:00Z"), null, doses))),
                NURSE);
        assertTrue(pdf.pages() > 1, "ninety doses run over pages");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.content())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= pdf.pages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                assertTrue(text.contains("Page " + page + " of " + pdf.pages()), text);
                assertTrue(text.contains("EVANS, Gwenllïan") && text.contains("Allergies: Penicillin (Rash)"), "patient on page " + page);
                assertTrue(text.contains("Paracetamol 500 mg tablets"), "the order on page " + page);
            }
        }
    }

    @Test
    void welshWithNothingOnTheChartSaysSo() throws IOException {
        Printing welsh = new Printing("Ysbyty Gwynedd", "Nyrs Evans", Instant.parse("2026-12-03T09:00:00Z"), Printing.WELSH, true);
        Pdf pdf = REPORT.print(record(List.of()), welsh);
        String text = PdfText.of(pdf, "patient-mar-cy");

        assertEquals(1, pdf.pages());
        assertTrue(text.contains("Doedd dim meddyginiaeth ar siart y claf hwn yn y cyfnod hwn"), text);
        assertTrue(text.contains("Ward: Ward Tŷ Dŵr Glân (CYBI) · Gwely 4"), text);
        assertTrue(text.contains("Cofnod rhoi meddyginiaethau"), text);
        assertTrue(text.contains("Tudalen 1 o 1"), text);
        assertTrue(text.contains("SYSTEM HYFFORDDI"), text);
    }

    @Test
    void welshRecordWordsOrdersAndDosesInWelshAndKeepsMedicineNames() throws IOException {
        Printing welsh = new Printing("Ysbyty Gwynedd", "Nyrs Evans", Instant.parse("2026-12-03T09:00:00Z"), Printing.WELSH, false);
        OrderRecord cocodamol = new OrderRecord(21, "order-21", 1, new OrderWording("Co-codamol 30/500 tablets",
                org.epma.prescribing.formulary.Dose.of("2", Unit.TABLET), Route.PO, Frequency.QDS, null), PrescriptionStatus.VERIFIED,
                false, false, false, "Dr Jones (dr.jones)", Instant.parse("2026-11-20T08:00:00Z"), null, List.of(new Dose(
                Instant.parse("2026-12-01T08:00:00Z"), Fate.GIVEN, Instant.parse("2026-12-01T08:10:00Z"), Quantity.of("2", Unit.TABLET),
                null, null, "Nyrs Evans", null, false, null, null)));
        OrderRecord methotrexate = new OrderRecord(22, "order-22", 1, new OrderWording("Methotrexate 2.5 mg tablets",
                org.epma.prescribing.formulary.Dose.of("7.5", Unit.MG), Route.PO, Frequency.WEEKLY, null, java.time.DayOfWeek.MONDAY),
                PrescriptionStatus.VERIFIED, false, false, false, "Dr Jones (dr.jones)", Instant.parse("2026-11-20T08:00:00Z"), null,
                List.of());
        Pdf pdf = REPORT.print(record(List.of(cocodamol, methotrexate)), welsh);
        String text = PdfText.of(pdf, "patient-mar-cy-orders");

        assertTrue(text.contains("Co-codamol 30/500 tablets 2 tabled drwy’r geg pedair gwaith y dydd"), text);
        assertTrue(text.contains("2 tabled Nyrs Evans"), text);
        assertTrue(text.contains("Methotrexate 2.5 mg tablets 7.5 mg drwy’r geg unwaith yr wythnos ar ddydd Llun"), text);
        assertFalse(text.contains("four times a day"), "no English order words on a Welsh record: " + text);
    }
}
