package org.epma.reports.discharge;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.epma.prescribing.discharge.DischargeLetter;
import org.epma.prescribing.discharge.DischargeLetter.Medicine;
import org.epma.prescribing.discharge.MedicineChange.Kind;
import org.epma.prescribing.discharge.MedicineChange.Part;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.OrderWording;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.prescribing.staff.Language;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.PdfText;
import org.epma.reports.print.Printing;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DischargePapersReportTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final PdfPrinter PRINTER = new PdfPrinter();
    private static final GpDischargeSummaryReport GP = new GpDischargeSummaryReport(PRINTER);
    private static final PatientMedicinesListReport PATIENT = new PatientMedicinesListReport(PRINTER);
    /** The pharmacist prints in Welsh: the GP's summary stays English, the patient's list follows the patient. */
    private static final Printing PHARMACIST = new Printing("Ysbyty Gwynedd", "Siân Hughes (ph.hughes)",
            Instant.parse("2026-12-04T11:00:00Z"), Printing.WELSH, false);

    private static OrderWording line(String medicine, String amount, Unit unit, Route route, Frequency frequency) {
        return new OrderWording(medicine, Dose.of(amount, unit), route, frequency, null);
    }

    private static final Medicine AMLODIPINE = new Medicine(Kind.NEW, Set.of(), null,
            line("Amlodipine 5 mg tablets", "5", Unit.MG, Route.PO, Frequency.MANE), Quantity.of("1", Unit.TABLET),
            "high blood pressure found on the ward", new BigDecimal("28.0000"), Unit.TABLET, 28, false);
    private static final Medicine FUROSEMIDE = new Medicine(Kind.CHANGED, Set.of(Part.DOSE),
            line("Furosemide 40 mg tablets", "40", Unit.MG, Route.PO, Frequency.OD),
            line("Furosemide 40 mg tablets", "80", Unit.MG, Route.PO, Frequency.OD), Quantity.of("2", Unit.TABLET),
            "more fluid on the lungs", new BigDecimal("56"), Unit.TABLET, 28, false);
    private static final Medicine SALBUTAMOL = new Medicine(Kind.UNCHANGED, Set.of(),
            line("Salbutamol 100 micrograms/dose inhaler", "2", Unit.DOSE, Route.INH, Frequency.PRN),
            line("Salbutamol 100 micrograms/dose inhaler", "2", Unit.DOSE, Route.INH, Frequency.PRN), Quantity.of("2", Unit.DOSE),
            null, null, null, null, true);
    private static final Medicine IBUPROFEN = new Medicine(Kind.STOPPED, Set.of(),
            line("Ibuprofen 400 mg tablets", "400", Unit.MG, Route.PO, Frequency.TDS), null, Quantity.of("1", Unit.TABLET),
            "kidney function fell", null, null, null, false);
    private static final Medicine ENOXAPARIN = new Medicine(Kind.STOPPED, Set.of(),
            line("Enoxaparin 40 mg/0.4 mL injection", "40", Unit.MG, Route.SC, Frequency.OD), null, null,
            "prophylaxis while in hospital", null, null, null, false);

    private static DischargeLetter letter(Language language) {
        return new DischargeLetter(12, 7, "H100001", "943 476 5919", "Llŷr", "ap Dŵr", LocalDate.of(1948, 3, 1), language,
                AllergyStatus.KNOWN_ALLERGIES, List.of("Penicillin (Rash)"), "CYBI", "Bevan Ward", "Ward Tŷ Dŵr Glân", LONDON,
                Instant.parse("2026-11-28T14:05:00Z"), null, true, "Dr Rhys Evans", Instant.parse("2026-12-04T09:30:00Z"),
                "Siân Hughes", Instant.parse("2026-12-04T10:15:00Z"), List.of(AMLODIPINE, FUROSEMIDE, SALBUTAMOL, IBUPROFEN),
                List.of(ENOXAPARIN));
    }

    @Test
    void gpSummaryListsEveryChangeWithItsReasonSupplyAndWhoSignedAndScreenedInEnglish() throws IOException {
        Pdf pdf = GP.print(letter(Language.CY), PHARMACIST);
        String text = PdfText.of(pdf, "gp-discharge-summary");

        assertTrue(text.contains("Discharge medicines summary for the GP"), text);
        assertTrue(text.contains("AP DŴR, Llŷr"), text);
        assertTrue(text.contains("Hospital no. H100001 · NHS no. 943 476 5919 · Born 1 Mar 1948"), text);
        assertTrue(text.contains("Ward: Bevan Ward (CYBI) · admitted 28 Nov 2026 14:05 · still on the ward when printed"), text);
        assertTrue(text.contains("Signed by Dr Rhys Evans on 4 Dec 2026 09:30 · screened by pharmacist Siân Hughes on 4 Dec 2026 10:15"), text);
        assertTrue(text.contains("Allergies: Penicillin (Rash)"), text);
        assertTrue(text.contains("Amlodipine 5 mg tablets 5 mg oral in the morning New high blood pressure found on the ward 28 tablets for 28 days"), text);
        // what it was before is read under the medicine, before the next column
        assertTrue(text.contains("Furosemide 40 mg tablets 80 mg oral once a day before admission: Furosemide 40 mg tablets 40 mg oral"
                + " once a day Changed (dose) more fluid on the lungs 56 tablets for 28 days"), text);
        assertTrue(text.contains("Unchanged Patient’s own supply"), text);
        assertTrue(text.contains("Ibuprofen 400 mg tablets 400 mg oral three times a day Stopped kidney function fell"), text);
        assertTrue(text.contains("Not continued (given in hospital only) prophylaxis while in hospital"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
        assertFalse(text.contains("Cymerwch"), "the GP's summary is English whatever the printer reads: " + text);
    }

    @Test
    void patientListInWelshInPlainWordsWithWelshLetters() throws IOException {
        Pdf pdf = PATIENT.print(letter(Language.CY), PHARMACIST);
        String text = PdfText.of(pdf, "patient-medicines-list-cy");

        assertTrue(text.contains("Eich meddyginiaethau i fynd adref"), text);
        assertTrue(text.contains("Llŷr ap Dŵr"), text);
        assertTrue(text.contains("ŵ") && text.contains("ŷ"), text);
        assertTrue(text.contains("Meddyginiaethau i’w cymryd"), text);
        assertTrue(text.contains("Amlodipine 5 mg tablets Cymerwch 1 tabled yn y bore Meddyginiaeth newydd: high blood pressure found on the ward 28 tabled am 28 diwrnod"), text);
        assertTrue(text.contains("Cymerwch 2 tabled unwaith y dydd Wedi’i newid (dos): more fluid on the lungs 56 tabled am 28 diwrnod"), text);
        assertTrue(text.contains("Defnyddiwch 2 dos pan fo angen (wedi’i fewnanadlu) Cymerwch fel o’r blaen Cyflenwad y claf ei hun"), text);
        assertTrue(text.contains("Meddyginiaethau i’w stopio"), text);
        assertTrue(text.contains("Ibuprofen 400 mg tablets Roeddech yn cymryd: Cymerwch 1 tabled tair gwaith y dydd Peidiwch â chymryd hon mwyach: kidney function fell"), text);
        assertTrue(text.contains("Enoxaparin 40 mg/0.4 mL injection Yn yr ysbyty yn unig, nid yw’n parhau gartref: prophylaxis while in hospital"), text);
        assertTrue(text.contains("Ysgrifennwyd ar 4 Rhagfyr 2026 gan Dr Rhys Evans, wedi’i gwirio gan y fferyllydd Siân Hughes"), text);
        assertTrue(text.contains("Tudalen 1 o 1"), text);
        assertFalse(text.contains("Take ") || text.contains("once a day"), "no English directions on a Welsh list: " + text);
    }

    @Test
    void patientListInEnglishWhenThePatientReadsEnglishWhateverThePrinterReads() throws IOException {
        Pdf pdf = PATIENT.print(letter(Language.EN), PHARMACIST);
        String text = PdfText.of(pdf, "patient-medicines-list-en");

        assertTrue(text.contains("Your medicines to take home"), text);
        assertTrue(text.contains("Llŷr ap Dŵr"), text);
        assertTrue(text.contains("Amlodipine 5 mg tablets Take 1 tablet in the morning New medicine: high blood pressure found on the ward 28 tablets for 28 days"), text);
        assertTrue(text.contains("Take 2 tablets once a day Changed (dose): more fluid on the lungs"), text);
        assertTrue(text.contains("Use 2 doses when required (inhaled) Take as before Patient’s own supply"), text);
        assertTrue(text.contains("Medicines to stop"), text);
        assertTrue(text.contains("You took: Take 1 tablet three times a day Stop taking this: kidney function fell"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
        assertFalse(text.contains("Cymerwch"), text);
    }

    @Test
    void aPatientWhoseLanguageIsNotRecordedGetsNoList() {
        assertThrows(IllegalArgumentException.class, () -> PATIENT.print(letter(null), PHARMACIST));
    }

    @Test
    void nothingGoingHomeSaysSo() throws IOException {
        DischargeLetter none = new DischargeLetter(13, 8, "H100002", null, "Gwen", "Jones", LocalDate.of(1950, 1, 2), Language.EN,
                AllergyStatus.NO_KNOWN_ALLERGIES, List.of(), null, null, null, LONDON, null, null, false, "Dr Rhys Evans",
                Instant.parse("2026-12-04T09:30:00Z"), "Siân Hughes", Instant.parse("2026-12-04T10:15:00Z"), List.of(), List.of());
        String gp = PdfText.of(GP.print(none, PHARMACIST), "gp-discharge-summary-empty");
        assertTrue(gp.contains("No medicine goes home and none was taken before admission."), gp);
        assertTrue(gp.contains("No list of the medicines taken before admission was recorded"), gp);
        assertTrue(gp.contains("Allergies: No known allergies"), gp);
        String patient = PdfText.of(PATIENT.print(none, PHARMACIST), "patient-medicines-list-empty");
        assertTrue(patient.contains("You take no medicines home from this stay."), patient);
        assertEquals(1, PATIENT.print(none, PHARMACIST).pages());
    }
}
