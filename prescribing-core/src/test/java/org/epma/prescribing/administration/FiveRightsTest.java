package org.epma.prescribing.administration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Gtin;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.glucose.GlucoseReading;
import org.epma.prescribing.insulin.CorrectionScale;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.order.ValidOrder;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.Sex;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.wording.Wording;
import org.epma.prescribing.ward.WardContext;
import org.epma.prescribing.wording.Wording;
import org.junit.jupiter.api.Test;

/**
 * Every way the bedside check stops a dose, and what it records when none does: the five rights without a server.
 * Products and their demo barcodes come from the shipped formulary ({@code config/formulary/medicines.csv}); the ward
 * is on the hospital defaults (Europe/London, which is UTC in November, so 08:00Z is the 08:00 dose).
 */
class FiveRightsTest {

    private static final Formulary FORMULARY = FormularyContent.load(path -> {
        try {
            return Files.readString(Path.of("..", "config").resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).formulary();

    private static final Instant EIGHT = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-23T08:10:00Z");
    private static final Instant YESTERDAY = Instant.parse("2026-11-22T10:00:00Z");
    private static final Actor NURSE = new Actor("nurse.evans", "NURSE");

    private static final String PARACETAMOL_500 = "PARACETAMOL-TAB-500";
    private static final String PARACETAMOL_BARCODE = "(01)00200000000011(17)281231(10)AB12";
    private static final String PARACETAMOL_SUSPENSION_BARCODE = "(01)00200000000028";
    private static final String IBUPROFEN_BARCODE = "(01)00200000000134";
    private static final String OXYCODONE_BARCODE = "(01)00200000000301";
    private static final String ENOXAPARIN_40_BARCODE = "(01)00200000000486";
    private static final String LEVETIRACETAM_BARCODE = "(01)00200000003678";

    private static final Patient NIA = new Patient(new HospitalNumber("TRN01006"), null, "Nia", "Jones",
            LocalDate.of(1950, 3, 1), Sex.FEMALE);
    private static final Patient DAFYDD = new Patient(new HospitalNumber("TRN01007"), null, "Dafydd", "Rees",
            LocalDate.of(1948, 6, 2), Sex.MALE);

    private final List<Administration> records = new ArrayList<>();
    private final FiveRights fiveRights = withSecondChecks(SecondChecks.NONE);

    private FiveRights withSecondChecks(SecondChecks secondChecks) {
        return new FiveRights(FORMULARY, new DoseHistory() {
        @Override
        public List<Administration> recordsOfDose(long lineageId, Instant scheduledAt) {
            return records.stream().filter(r -> r.lineageId() == lineageId && scheduledAt.equals(r.scheduledAt())).toList();
        }

        @Override
        public List<Administration> recordsAdministeredAfter(long lineageId, Instant since) {
            return records.stream().filter(r -> r.lineageId() == lineageId && r.administeredAt().isAfter(since)).toList();
        }
    }, number -> number.equals(DAFYDD.hospitalNumber()) ? Optional.of(DAFYDD) : Optional.empty(),
            username -> username.equals("nurse.okafor") ? "Chioma Okafor (nurse.okafor)" : username, secondChecks);
    }

    // ---- what the tests record against

    private static Product product(String code) {
        return FORMULARY.product(code).orElseThrow();
    }

    /** A signed order started yesterday, as the prescriber wrote it; verified unless {@code verified} is false. */
    private static Prescription order(long id, String code, String dose, Unit unit, Route route, Frequency frequency,
                                      ValidOrder.PrnLimits prn, boolean verified) {
        return order(id, code, new Dose(new BigDecimal(dose), null, unit), route, frequency, prn, verified);
    }

    private static Prescription order(long id, String code, Dose dose, Route route, Frequency frequency,
                                      ValidOrder.PrnLimits prn, boolean verified) {
        ValidOrder written = new ValidOrder(product(code), dose, route, frequency, prn, YESTERDAY, null, null, null, null);
        Prescription order = Prescription.draft(id, 6, written, "dr.jones", YESTERDAY);
        order.sign("dr.jones", "test", YESTERDAY);
        if (verified) {
            order.verify("pharm.hughes", YESTERDAY);
        }
        return order;
    }

    private static Prescription paracetamolQds() {
        return order(12, PARACETAMOL_500, "1", Unit.G, Route.PO, Frequency.QDS, null, true);
    }

    private static Prescription paracetamolAsNeeded() {
        return order(13, PARACETAMOL_500, "1", Unit.G, Route.PO, Frequency.PRN,
                new ValidOrder.PrnLimits("pain", new BigDecimal("4"), 4), true);
    }

    private static Prescription oxycodoneAsNeeded() {
        return order(31, "OXYCODONE-CAP-5", "5", Unit.MG, Route.PO, Frequency.PRN,
                new ValidOrder.PrnLimits("pain", new BigDecimal("4"), 6), true);
    }

    /** Paracetamol 500 mg to 1 g as needed, as many ward orders write it. */
    private static Prescription paracetamolRangeAsNeeded() {
        return order(14, PARACETAMOL_500, new Dose(new BigDecimal("500"), new BigDecimal("1000"), Unit.MG), Route.PO,
                Frequency.PRN, new ValidOrder.PrnLimits("pain", new BigDecimal("4"), 4), true);
    }

    /** A dose being recorded: by default the 08:00 dose, GIVEN, both barcodes scanned, at {@link #NOW}. */
    private static final class Recording {
        Instant scheduledAt = EIGHT;
        Outcome outcome = Outcome.GIVEN;
        Identification identifiedBy = Identification.SCAN;
        String wristband = "TRN01006";
        String product = PARACETAMOL_BARCODE;
        String manualReason;
        BigDecimal dose;
        String doseUnit;
        Route route;
        String site;
        String batch;
        LocalDate expiry;
        NotGivenReason reason;
        String note;
        String prnReason;
        String timingReason;
        Instant administeredAt;
        Witnessing.Claim witness;

        BedsideAdministration.RecordRequest request() {
            return new BedsideAdministration.RecordRequest("key-1", 6, 12, scheduledAt, outcome, identifiedBy, wristband, product,
                    manualReason, dose, doseUnit, route, site, batch, expiry, reason, note, prnReason, timingReason,
                    administeredAt, witness);
        }
    }

    private static Recording dose() {
        return new Recording();
    }

    private static Recording asNeeded(String barcode) {
        Recording dose = new Recording();
        dose.scheduledAt = null;
        dose.product = barcode;
        dose.prnReason = "pain 6/10";
        return dose;
    }

    private FiveRights.Decision check(Prescription order, Recording dose) {
        return check(order, dose, NOW);
    }

    private FiveRights.Decision check(Prescription order, Recording dose, Instant now) {
        return fiveRights.check(new FiveRights.Bedside(NIA, order, product(order.productCode()), WardContext.DEFAULT, now, NURSE),
                dose.request());
    }

    private AdministrationStopped stopped(Prescription order, Recording dose) {
        return stopped(order, dose, NOW);
    }

    private AdministrationStopped stopped(Prescription order, Recording dose, Instant now) {
        return assertThrows(AdministrationStopped.class, () -> check(order, dose, now));
    }

    private InvalidInputException invalid(Prescription order, Recording dose) {
        return assertThrows(InvalidInputException.class, () -> check(order, dose));
    }

    /** A standing record of a dose of the order, made by {@code by} at {@code at}. */
    private void alreadyGiven(Prescription order, Instant scheduledAt, Instant at, String by) {
        records.add(Administration.given(order, scheduledAt, new Administration.Given(order.dose(), Unit.parse(order.doseUnit())
                        .orElseThrow(), null, order.route(), null, order.productCode(), null, null, null, null), "pain",
                new Administration.Circumstances("earlier-" + records.size(), Identification.SCAN, null, null, at, at, by, null)));
    }

    // ---- a dose that passes

    @Test
    void aScannedDoseOfTheRightProductAtItsTimeIsRecordedAsPrescribedWithThePacksBatchAndExpiry() {
        FiveRights.Decision decision = check(paracetamolQds(), dose());
        assertEquals(Outcome.GIVEN, decision.outcome());
        assertFalse(decision.needsWitness());
        Administration record = decision.record(null);
        assertEquals(Outcome.GIVEN, record.outcome());
        assertEquals(EIGHT, record.scheduledAt());
        assertEquals(0, new BigDecimal("1").compareTo(record.dose()));
        assertEquals("g", record.doseUnit());
        assertEquals(0, new BigDecimal("2").compareTo(record.quantity()), "1 g of 500 mg tablets is two tablets");
        assertEquals(Route.PO, record.route());
        assertEquals("00200000000011", record.gtin());
        assertEquals("AB12", record.batch());
        assertEquals(LocalDate.of(2028, 12, 31), record.expiry());
        assertEquals(NOW, record.administeredAt());
        assertEquals("nurse.evans", record.recordedBy());
        assertNull(record.witnessedBy());
    }

    @Test
    void aDoseInAnotherUnitOfTheSameAmountIsThePrescribedDose() {
        Recording dose = dose();
        dose.dose = new BigDecimal("1000");
        dose.doseUnit = "mg";
        Administration record = check(paracetamolQds(), dose).record(null);
        assertEquals(0, new BigDecimal("1000").compareTo(record.dose()));
        assertEquals("mg", record.doseUnit());
    }

    // ---- right patient

    @Test
    void anotherPatientsWristbandStopsTheRecordNamingBothPatients() {
        Recording dose = dose();
        dose.wristband = "TRN01007";
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.WRONG_PATIENT, stop.stop());
        assertEquals("Wrong patient: this wristband is Dafydd Rees (TRN01007); the chart open is Nia Jones's (TRN01006).",
                stop.getMessage());
        assertEquals(StopSentence.OTHER_PATIENT.with("Dafydd Rees", "TRN01007", "Nia Jones", "TRN01006"), stop.wording());
    }

    @Test
    void aWristbandOfNoPatientHereIsTheWrongPatient() {
        Recording dose = dose();
        dose.wristband = "TRN09999";
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.WRONG_PATIENT, stop.stop());
        assertEquals("Wrong patient: this wristband is hospital number TRN09999, not a patient here; the chart open is Nia"
                + " Jones's (TRN01006).", stop.getMessage());
        assertEquals(StopSentence.UNKNOWN_WRISTBAND.with("TRN09999", "Nia Jones", "TRN01006"), stop.wording());
    }

    @Test
    void aProductScannedWhereTheWristbandShouldBeIsNotAWristband() {
        Recording dose = dose();
        dose.wristband = PARACETAMOL_BARCODE;
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.WRONG_PATIENT, stop.stop());
        assertEquals("That is not a wristband: scan the patient's wristband first.", stop.getMessage());
    }

    @Test
    void anUnreadableWristbandStopsTheRecord() {
        Recording dose = dose();
        dose.wristband = "hello world";
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.UNREADABLE_BARCODE, stop.stop());
        assertTrue(stop.getMessage().startsWith("The wristband could not be read: "), stop.getMessage());
    }

    // ---- right medicine and strength

    @Test
    void anotherStrengthOfTheOrderedMedicineIsTheWrongStrength() {
        Recording dose = dose();
        dose.product = PARACETAMOL_SUSPENSION_BARCODE;
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.WRONG_STRENGTH, stop.stop());
        assertEquals("Wrong strength: this is Paracetamol 120 mg/5 mL oral suspension; the order is for Paracetamol 500 mg"
                + " tablets.", stop.getMessage());
    }

    @Test
    void anotherMedicineIsNotWhatTheOrderIsFor() {
        Recording dose = dose();
        dose.product = IBUPROFEN_BARCODE;
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.PRODUCT_NOT_ORDERED, stop.stop());
        assertEquals("This is Ibuprofen 400 mg tablets, which this order is not for: the order is for Paracetamol 500 mg tablets.",
                stop.getMessage());
    }

    @Test
    void aBarcodeOfNoProductInTheFormularyIsAnUnknownProduct() {
        String data = "0501234567890";
        Recording dose = dose();
        dose.product = "(01)" + data + Gtin.checkDigit(data);
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.UNKNOWN_PRODUCT, stop.stop());
        assertEquals("The barcode " + data + Gtin.checkDigit(data) + " is not a product in this hospital's formulary.",
                stop.getMessage());
    }

    @Test
    void aWristbandScannedWhereTheProductShouldBeIsNotAMedicine() {
        Recording dose = dose();
        dose.product = "TRN01006";
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.UNKNOWN_PRODUCT, stop.stop());
        assertEquals("That is a wristband, not a medicine: scan the product.", stop.getMessage());
    }

    @Test
    void anUnreadableProductBarcodeStopsTheRecord() {
        Recording dose = dose();
        dose.product = "hello world";
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.UNREADABLE_BARCODE, stop.stop());
        assertTrue(stop.getMessage().startsWith("The product barcode could not be read: "), stop.getMessage());
    }

    @Test
    void aPackPastTheExpiryItsBarcodeCarriesMustNotBeGiven() {
        Recording dose = dose();
        dose.product = "(01)00200000000011(17)261031(10)AB12";
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.EXPIRED_PRODUCT, stop.stop());
        assertEquals("This product expired on 2026-10-31: do not give it.", stop.getMessage());
    }

    @Test
    void aPackPastTheExpiryTypedInWhenCheckedByHandMustNotBeGiven() {
        Recording dose = dose();
        dose.identifiedBy = Identification.MANUAL;
        dose.manualReason = "scanner broken";
        dose.wristband = null;
        dose.product = null;
        dose.expiry = LocalDate.of(2026, 11, 22);
        assertEquals(Stop.EXPIRED_PRODUCT, stopped(paracetamolQds(), dose).stop());
        dose.expiry = LocalDate.of(2026, 11, 23);
        assertEquals("scanner broken", check(paracetamolQds(), dose).record(null).manualReason(),
                "a pack may be used on its expiry day");
    }

    // ---- right dose

    @Test
    void aDoseOtherThanThePrescribedOneStopsTheRecord() {
        Recording dose = dose();
        dose.dose = new BigDecimal("2");
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.DOSE_NOT_PRESCRIBED, stop.stop());
        assertEquals("2 g is not the prescribed dose (1 g).", stop.getMessage());
    }

    @Test
    void aDoseInAUnitThatCannotBeComparedWithThePrescribedOneStopsTheRecord() {
        Recording dose = dose();
        dose.dose = new BigDecimal("10");
        dose.doseUnit = "mL";
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.DOSE_NOT_PRESCRIBED, stop.stop());
        assertEquals("The dose is prescribed in g; 10 mL cannot be compared with it.", stop.getMessage());
    }

    @Test
    void aDoseOfNothingOrInAnUnknownUnitIsRefusedNamingTheField() {
        Recording zero = dose();
        zero.dose = BigDecimal.ZERO;
        assertEquals("dose", invalid(paracetamolQds(), zero).field());
        Recording unknownUnit = dose();
        unknownUnit.dose = BigDecimal.ONE;
        unknownUnit.doseUnit = "spoonful";
        InvalidInputException refused = invalid(paracetamolQds(), unknownUnit);
        assertEquals("doseUnit", refused.field());
        assertEquals(StopSentence.UNKNOWN_UNIT.with("'spoonful'"), refused.wording());
    }

    // ---- a dose range

    /** An amount in grams as a sentence argument: the number, and the unit's word with the count its plural rule needs. */
    private static Wording grams(String amount, int count) {
        return new Wording("quantity", Map.of("amount", amount, "unit", new Wording("doseUnitCount.g", Map.of("count", count))));
    }

    @Test
    void aRangeOrderNeedsTheAmountGivenRatherThanTakingItsBottom() {
        InvalidInputException refused = invalid(paracetamolRangeAsNeeded(), asNeeded(PARACETAMOL_BARCODE));
        assertEquals("dose", refused.field());
        assertEquals("The order is a dose range (0.5 to 1 g): record the amount given.", refused.getMessage());
        assertEquals("stopText.rangeAmountNeeded", refused.wording().code());
        assertEquals(new Wording("dose.range", Map.of("from", "0.5", "to", grams("1", 1))), refused.wording().args().get("range"));
    }

    @Test
    void anyAmountWithinTheRangeItsEndsIncludedIsRecordedAsTheAmountGiven() {
        for (String given : new String[] {"500", "750", "1000"}) {
            Recording dose = asNeeded(PARACETAMOL_BARCODE);
            dose.dose = new BigDecimal(given);
            dose.doseUnit = "mg";
            Administration record = check(paracetamolRangeAsNeeded(), dose).record(null);
            assertEquals(0, new BigDecimal(given).compareTo(record.dose()), given);
            assertEquals("mg", record.doseUnit());
        }
        Recording inGrams = asNeeded(PARACETAMOL_BARCODE);
        inGrams.dose = new BigDecimal("0.75");
        inGrams.doseUnit = "g";
        assertEquals(0, new BigDecimal("0.75").compareTo(check(paracetamolRangeAsNeeded(), inGrams).record(null).dose()));
    }

    @Test
    void anAmountOutsideTheRangeStopsTheRecordNamingTheRange() {
        Recording above = asNeeded(PARACETAMOL_BARCODE);
        above.dose = new BigDecimal("1.5");
        above.doseUnit = "g";
        AdministrationStopped stop = stopped(paracetamolRangeAsNeeded(), above);
        assertEquals(Stop.DOSE_NOT_PRESCRIBED, stop.stop());
        assertEquals("1.5 g is outside the prescribed dose range, 0.5 to 1 g.", stop.getMessage());
        assertEquals("stopText.doseOutsideRange", stop.wording().code());
        assertEquals(grams("1.5", 2), stop.wording().args().get("given"));
        Recording below = asNeeded(PARACETAMOL_BARCODE);
        below.dose = new BigDecimal("250");
        below.doseUnit = "mg";
        assertEquals("250 mg is outside the prescribed dose range, 0.5 to 1 g.",
                stopped(paracetamolRangeAsNeeded(), below).getMessage());
    }

    @Test
    void theAsNeededMaximumOfARangeOrderCountsTheDosesGivenWhateverTheirAmounts() {
        Prescription order = paracetamolRangeAsNeeded();
        for (int hoursAgo : new int[] {20, 15, 10, 5}) {
            alreadyGiven(order, null, NOW.minus(Duration.ofHours(hoursAgo)), "nurse.okafor");
        }
        Recording dose = asNeeded(PARACETAMOL_BARCODE);
        dose.dose = new BigDecimal("500");
        dose.doseUnit = "mg";
        assertEquals(Stop.PRN_MAXIMUM, stopped(order, dose).stop());
    }

    // ---- right route

    @Test
    void aRouteOtherThanTheOrdersStopsTheRecord() {
        Recording dose = dose();
        dose.route = Route.PR;
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.WRONG_ROUTE, stop.stop());
        assertEquals("The order is for the " + Route.PO.words() + " route, not " + Route.PR.words() + ".", stop.getMessage());
        // the routes inside the sentence are worded in the nurse's language too, by the keys the screens show them by
        assertEquals(StopSentence.WRONG_ROUTE.with(Route.PO.term(), Route.PR.term()), stop.wording());
        assertEquals("route.PR", ((Wording) stop.wording().args().get("given")).code());
    }

    @Test
    void anInjectionUnderTheSkinNeedsItsSite() {
        Prescription enoxaparin = order(40, "ENOXAPARIN-PFS-40", "40", Unit.MG, Route.SC, Frequency.OD, null, true);
        Recording dose = dose();
        dose.product = ENOXAPARIN_40_BARCODE;
        assertEquals("site", invalid(enoxaparin, dose).field());
        dose.site = "left abdomen";
        assertEquals("left abdomen", check(enoxaparin, dose).record(null).site());
    }

    // ---- right time

    @Test
    void aDoseBeforeItsWindowOpensIsNotDueUnlessTheReasonIsGiven() {
        Instant early = Instant.parse("2026-11-23T06:50:00Z");
        AdministrationStopped stop = stopped(paracetamolQds(), dose(), early);
        assertEquals(Stop.NOT_DUE, stop.stop());
        assertEquals("The dose due at 08:00 today is not due yet: it may be given from 07:00. To give it early, record the reason.",
                stop.getMessage());
        assertEquals("today", stop.wording().args().get("day"));
        Recording withReason = dose();
        withReason.timingReason = "going to theatre";
        assertEquals("going to theatre", check(paracetamolQds(), withReason, early).record(null).timingReason());
    }

    @Test
    void tomorrowsDoseIsStoppedTheMomentItsProductIsScannedSayingWhenItIsDue() {
        Instant evening = Instant.parse("2026-11-23T23:10:00Z");
        Instant tomorrowEight = Instant.parse("2026-11-24T08:00:00Z");
        Prescription order = paracetamolQds();
        AdministrationStopped stop = assertThrows(AdministrationStopped.class, () -> fiveRights.checkScannedDose(order,
                product(PARACETAMOL_500), tomorrowEight, WardContext.DEFAULT, evening));
        assertEquals(Stop.NOT_DUE, stop.stop());
        assertEquals("The dose due at 08:00 tomorrow is not due yet: it may be given from 07:00. To give it early, record the reason.",
                stop.getMessage());
        assertEquals("stopText.notDue", stop.wording().code());
        assertEquals(Map.of("dueAt", "2026-11-24T08:00:00Z", "windowOpens", "2026-11-24T07:00:00Z", "timeZone", "Europe/London",
                "day", "tomorrow", "dueDate", "2026-11-24", "dueTime", "08:00", "opensDate", "2026-11-24", "opensTime", "07:00",
                "time", "08:00", "opens", "07:00"), stop.wording().args());
    }

    @Test
    void aScannedDoseWhoseWindowIsOpenOrPassedIsNotStoppedAtTheScan() {
        Prescription order = paracetamolQds();
        fiveRights.checkScannedDose(order, product(PARACETAMOL_500), EIGHT, WardContext.DEFAULT, NOW);
        fiveRights.checkScannedDose(order, product(PARACETAMOL_500), EIGHT, WardContext.DEFAULT, Instant.parse("2026-11-23T11:00:00Z"));
        fiveRights.checkScannedDose(paracetamolAsNeeded(), product(PARACETAMOL_500), null, WardContext.DEFAULT, NOW);
        assertEquals("scheduledAt", assertThrows(InvalidInputException.class, () -> fiveRights.checkScannedDose(order,
                product(PARACETAMOL_500), Instant.parse("2026-11-23T09:00:00Z"), WardContext.DEFAULT, NOW)).field());
    }

    @Test
    void aDoseTwoDaysAheadIsWordedByItsDateAndItsDayIsTheWardsNotUtcs() {
        ZoneId london = ZoneId.of("Europe/London");
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST): the ward's "today" is 1 July
        Instant now = Instant.parse("2026-06-30T23:30:00Z");
        DoseNotYetDue sameDay = DoseNotYetDue.of(Instant.parse("2026-07-01T07:00:00Z"), Instant.parse("2026-07-01T06:00:00Z"), london, now);
        assertEquals(DoseNotYetDue.Day.TODAY, sameDay.day());
        assertEquals("08:00", sameDay.args().get("dueTime"));
        DoseNotYetDue later = DoseNotYetDue.of(Instant.parse("2026-07-03T07:00:00Z"), Instant.parse("2026-07-02T23:00:00Z"), london, now);
        assertEquals(DoseNotYetDue.Day.LATER, later.day());
        assertEquals("2026-07-03", later.args().get("dueDate"));
        assertEquals("The dose due at 08:00 on 3 July 2026 is not due yet: it may be given from 00:00. To give it early,"
                + " record the reason.", later.english());
        DoseNotYetDue afterMidnight = DoseNotYetDue.of(Instant.parse("2026-07-02T23:30:00Z"), Instant.parse("2026-07-02T22:30:00Z"),
                london, now);
        assertEquals(DoseNotYetDue.Day.LATER, afterMidnight.day(), "00:30 on 3 July is two ward days ahead");
        assertEquals("The dose due at 00:30 on 3 July 2026 is not due yet: it may be given from 23:30 on 2 July 2026. To give it"
                + " early, record the reason.", afterMidnight.english());
    }

    @Test
    void aDoseAfterItsWindowClosedIsOverdueAndNeedsTheReason() {
        Instant late = Instant.parse("2026-11-23T09:05:00Z");
        Recording dose = dose();
        dose.administeredAt = late;
        AdministrationStopped stop = stopped(paracetamolQds(), dose, late);
        assertEquals(Stop.OVERDUE_NEEDS_REASON, stop.stop());
        assertEquals("The 08:00 dose is overdue: its window closed at 09:00. Record the reason it is given late.", stop.getMessage());
    }

    @Test
    void aTimeCriticalMedicineHasTheNarrowerWindow() {
        Prescription levetiracetam = order(50, "LEVETIRACETAM-TAB-500", "500", Unit.MG, Route.PO, Frequency.BD, null, true);
        Instant at = Instant.parse("2026-11-23T08:40:00Z");
        Recording dose = dose();
        dose.product = LEVETIRACETAM_BARCODE;
        AdministrationStopped stop = stopped(levetiracetam, dose, at);
        assertEquals(Stop.OVERDUE_NEEDS_REASON, stop.stop());
        assertEquals("The 08:00 dose is overdue: its window closed at 08:30. Record the reason it is given late.", stop.getMessage());
        assertEquals(Outcome.GIVEN, check(paracetamolQds(), dose(), at).outcome(), "paracetamol's window is ±60 minutes");
    }

    @Test
    void aRecordMadeWellAfterTheDoseIsALateEntryThatSaysWhy() {
        Recording dose = dose();
        dose.administeredAt = NOW.minus(FiveRights.LATE_ENTRY).minusSeconds(60);
        AdministrationStopped stop = stopped(paracetamolQds(), dose);
        assertEquals(Stop.LATE_ENTRY_NEEDS_REASON, stop.stop());
        assertEquals("This is recorded after the event (the dose was at 07:54): give the reason for the late entry.",
                stop.getMessage());
        dose.timingReason = "emergency on the bay";
        assertEquals(NOW, check(paracetamolQds(), dose).record(null).recordedAt());
    }

    @Test
    void aDoseCannotBeRecordedForATimeStillToCome() {
        Recording dose = dose();
        dose.administeredAt = NOW.plus(Duration.ofMinutes(3));
        assertEquals("administeredAt", invalid(paracetamolQds(), dose).field());
        dose.administeredAt = NOW.plus(Duration.ofMinutes(1));
        assertEquals(Outcome.GIVEN, check(paracetamolQds(), dose).outcome(), "a ward terminal's clock may run a little fast");
    }

    @Test
    void theScheduledDoseMustBeOneOfTheOrders() {
        Recording none = dose();
        none.scheduledAt = null;
        assertEquals("Say which scheduled dose this is.", invalid(paracetamolQds(), none).getMessage());
        Recording offSchedule = dose();
        offSchedule.scheduledAt = Instant.parse("2026-11-23T09:00:00Z");
        InvalidInputException refused = invalid(paracetamolQds(), offSchedule);
        assertEquals("scheduledAt", refused.field());
        assertEquals("The order has no dose scheduled at 2026-11-23T09:00:00Z.", refused.getMessage());
        Recording asNeeded = asNeeded(PARACETAMOL_BARCODE);
        asNeeded.scheduledAt = EIGHT;
        assertEquals("An as-needed order has no scheduled doses.", invalid(paracetamolAsNeeded(), asNeeded).getMessage());
    }

    @Test
    void aDoseAlreadyRecordedIsAConflictNamingWhoRecordedItAndWhen() {
        Prescription order = paracetamolQds();
        alreadyGiven(order, EIGHT, Instant.parse("2026-11-23T08:02:00Z"), "nurse.okafor");
        ConflictException conflict = assertThrows(ConflictException.class, () -> check(order, dose()));
        assertEquals("This dose was already recorded as given by Chioma Okafor (nurse.okafor) at 08:02.", conflict.getMessage());
        Recording notGiven = dose();
        notGiven.outcome = Outcome.NOT_GIVEN;
        notGiven.reason = NotGivenReason.REFUSED;
        assertThrows(ConflictException.class, () -> check(order, notGiven), "nor can it then be recorded not given");
    }

    // ---- as-needed doses

    @Test
    void anAsNeededDoseSaysWhyItIsGiven() {
        Recording dose = asNeeded(PARACETAMOL_BARCODE);
        dose.prnReason = " ";
        assertEquals("prnReason", invalid(paracetamolAsNeeded(), dose).field());
        dose.prnReason = "headache";
        Administration record = check(paracetamolAsNeeded(), dose).record(null);
        assertNull(record.scheduledAt());
        assertEquals("headache", record.prnReason());
    }

    @Test
    void anAsNeededDoseTooSoonAfterTheLastIsStoppedByTheMinimumInterval() {
        Prescription order = paracetamolAsNeeded();
        alreadyGiven(order, null, NOW.minus(Duration.ofHours(2)), "nurse.okafor");
        AdministrationStopped stop = stopped(order, asNeeded(PARACETAMOL_BARCODE));
        assertEquals(Stop.PRN_INTERVAL, stop.stop());
    }

    @Test
    void anAsNeededDoseBeyondTheMaximumIn24HoursIsStopped() {
        Prescription order = paracetamolAsNeeded();
        for (int hoursAgo : new int[] {20, 15, 10, 5}) {
            alreadyGiven(order, null, NOW.minus(Duration.ofHours(hoursAgo)), "nurse.okafor");
        }
        AdministrationStopped stop = stopped(order, asNeeded(PARACETAMOL_BARCODE));
        assertEquals(Stop.PRN_MAXIMUM, stop.stop());
    }

    @Test
    void anAsNeededDoseIsRecordedOnlyWhenGiven() {
        Recording dose = asNeeded(PARACETAMOL_BARCODE);
        dose.outcome = Outcome.NOT_GIVEN;
        dose.reason = NotGivenReason.REFUSED;
        InvalidInputException refused = invalid(paracetamolAsNeeded(), dose);
        assertEquals("outcome", refused.field());
        assertEquals("An as-needed dose is recorded only when it is given.", refused.getMessage());
    }

    // ---- the order's state

    @Test
    void anOrderNotYetVerifiedIsGivenOnlyForACriticalMedicine() {
        Prescription unverified = order(12, PARACETAMOL_500, "1", Unit.G, Route.PO, Frequency.QDS, null, false);
        AdministrationStopped stop = stopped(unverified, dose());
        assertEquals(Stop.NOT_VERIFIED, stop.stop());
        assertEquals("This order has not been verified by pharmacy yet; only critical medicines may be given before verification.",
                stop.getMessage());
        Prescription levetiracetam = order(50, "LEVETIRACETAM-TAB-500", "500", Unit.MG, Route.PO, Frequency.BD, null, false);
        Recording critical = dose();
        critical.product = LEVETIRACETAM_BARCODE;
        assertEquals(Outcome.GIVEN, check(levetiracetam, critical).outcome());
    }

    @Test
    void noDoseIsRecordedAgainstASuspendedOrder() {
        Prescription order = paracetamolQds();
        order.suspend("nil by mouth for theatre", "dr.jones", YESTERDAY);
        AdministrationStopped stop = stopped(order, dose());
        assertEquals(Stop.ORDER_NOT_ACTIVE, stop.stop());
        assertEquals(StopSentence.ORDER_NOT_ACTIVE.with(PrescriptionStatus.SUSPENDED.term()), stop.wording());
        assertEquals("This order is suspended: no dose may be recorded against it.", stop.getMessage());
    }

    @Test
    void theOrderStateIsCheckedBeforeTheScans() {
        Prescription order = paracetamolQds();
        order.discontinue("no longer needed", "dr.jones", YESTERDAY);
        Recording dose = dose();
        dose.wristband = "TRN01007";
        assertEquals(Stop.ORDER_NOT_ACTIVE, stopped(order, dose).stop(), "the first failing check is the one reported");
    }

    // ---- identification

    @Test
    void aGivenDoseSaysHowPatientAndProductWereIdentified() {
        Recording dose = dose();
        dose.identifiedBy = null;
        assertEquals("identifiedBy", invalid(paracetamolQds(), dose).field());
        dose.identifiedBy = Identification.MANUAL;
        dose.manualReason = null;
        assertEquals("manualReason", invalid(paracetamolQds(), dose).field());
    }

    @Test
    void theOutcomeIsGivenOrNotGiven() {
        Recording none = dose();
        none.outcome = null;
        assertEquals("outcome", invalid(paracetamolQds(), none).field());
        Recording inError = dose();
        inError.outcome = Outcome.IN_ERROR;
        assertEquals("Say whether the dose was GIVEN or NOT_GIVEN.", invalid(paracetamolQds(), inError).getMessage());
    }

    // ---- doses not given

    @Test
    void aDoseNotGivenHasAReasonAndTheReasonsThatNeedANoteHaveOne() {
        Recording dose = dose();
        dose.outcome = Outcome.NOT_GIVEN;
        assertEquals("reason", invalid(paracetamolQds(), dose).field());
        dose.reason = NotGivenReason.OTHER;
        InvalidInputException noNote = invalid(paracetamolQds(), dose);
        assertEquals("note", noNote.field());
        assertEquals("A dose not given for other needs a note saying more.", noNote.getMessage());
        dose.note = "asleep, will offer later";
        FiveRights.Decision decision = check(paracetamolQds(), dose);
        assertEquals(Outcome.NOT_GIVEN, decision.outcome());
        Administration record = decision.record(null);
        assertEquals(NotGivenReason.OTHER, record.notGivenReason());
        assertEquals("asleep, will offer later", record.note());
        assertNull(record.dose());
    }

    @Test
    void aDoseNotGivenNeedsNoScans() {
        Recording dose = dose();
        dose.outcome = Outcome.NOT_GIVEN;
        dose.reason = NotGivenReason.REFUSED;
        dose.identifiedBy = null;
        dose.wristband = "TRN01007";
        assertEquals(Outcome.NOT_GIVEN, check(paracetamolQds(), dose).record(null).outcome());
    }

    // ---- the witness of a controlled drug

    @Test
    void aControlledDrugNeedsAWitness() {
        AdministrationStopped stop = stopped(oxycodoneAsNeeded(), asNeeded(OXYCODONE_BARCODE));
        assertEquals(Stop.WITNESS_REQUIRED, stop.stop());
        assertEquals("Oxycodone hydrochloride 5 mg capsules is a Schedule 2 controlled drug: a second registered person must"
                + " witness it.", stop.getMessage());
    }

    @Test
    void aControlledDrugWithAWitnessAsksForTheirPasswordAndRecordsThem() {
        Recording dose = asNeeded(OXYCODONE_BARCODE);
        dose.witness = new Witnessing.Claim("nurse.okafor", "her own password".toCharArray());
        FiveRights.Decision decision = check(oxycodoneAsNeeded(), dose);
        assertTrue(decision.needsWitness());
        assertEquals("nurse.okafor", decision.record("nurse.okafor").witnessedBy());
        assertThrows(IllegalStateException.class, () -> decision.record(null), "never recorded without the confirmed witness");
        assertArrayEquals("her own password".toCharArray(), dose.witness.password(), "the password is left for the check");
    }

    @Test
    void aMedicineTheSiteNamesForASecondCheckNeedsOneByTheRoutesItNamesAndOnlyThere() {
        SecondChecks insulinUnderTheSkin = new SecondChecks(List.of(new SecondChecks.Rule("A10A", java.util.Set.of(Route.SC),
                "insulin: independent double check", "site policy")));
        Prescription glargine = order(14, "INSULINGLARGINE-PEN-100U-3ML", "10", Unit.UNIT, Route.SC, Frequency.OD, null, true);
        Recording dose = dose();
        dose.product = "(01)00200000000929";
        dose.site = "abdomen";
        dose.scheduledAt = EIGHT;
        FiveRights.Bedside bedside = new FiveRights.Bedside(NIA, glargine, product(glargine.productCode()), WardContext.DEFAULT, NOW, NURSE);
        AdministrationStopped stop = assertThrows(AdministrationStopped.class,
                () -> withSecondChecks(insulinUnderTheSkin).check(bedside, dose.request()));
        assertEquals(Stop.WITNESS_REQUIRED, stop.stop());
        assertEquals("stopText.secondCheckRequired", stop.wording().code());
        dose.witness = new Witnessing.Claim("nurse.okafor", "her own password".toCharArray());
        assertTrue(withSecondChecks(insulinUnderTheSkin).check(bedside, dose.request()).needsWitness());
        assertEquals("witness", assertThrows(InvalidInputException.class, () -> check(glargine, dose)).field(),
                "without the site's rule insulin needs no witness, and one given is refused");
        assertFalse(insulinUnderTheSkin.needed(product("PARACETAMOL-TAB-500"), Route.PO));
        assertFalse(insulinUnderTheSkin.needed(product("INSULINSOLUBLE-VIAL-100U-10ML"), Route.IV), "only the routes the rule names");
    }

    @Test
    void theWitnessIsSomeoneOtherThanThePersonGivingTheDose() {
        Recording dose = asNeeded(OXYCODONE_BARCODE);
        dose.witness = new Witnessing.Claim(" nurse.evans ", "password".toCharArray());
        AdministrationStopped stop = stopped(oxycodoneAsNeeded(), dose);
        assertEquals(Stop.WITNESS_NOT_ALLOWED, stop.stop());
        assertEquals("The witness must be someone other than the person giving the dose.", stop.getMessage());
    }

    @Test
    void theWitnessGivesTheirUserNameAndPassword() {
        Recording dose = asNeeded(OXYCODONE_BARCODE);
        dose.witness = new Witnessing.Claim(" ", "password".toCharArray());
        assertEquals("The witness enters their own user name and password.", invalid(oxycodoneAsNeeded(), dose).getMessage());
        dose.witness = new Witnessing.Claim("nurse.okafor", null);
        assertEquals("witness", invalid(oxycodoneAsNeeded(), dose).field());
    }

    @Test
    void theWitnessIsAskedOnlyOnceEveryOtherCheckHasPassed() {
        Prescription order = oxycodoneAsNeeded();
        alreadyGiven(order, null, NOW.minus(Duration.ofHours(1)), "nurse.okafor");
        Recording dose = asNeeded(OXYCODONE_BARCODE);
        dose.witness = new Witnessing.Claim("nurse.evans", "password".toCharArray());
        assertEquals(Stop.PRN_INTERVAL, stopped(order, dose).stop(), "the interval stops it before the witness is looked at");
    }

    @Test
    void aMedicineThatNeedsNoWitnessHasNone() {
        Recording dose = dose();
        dose.witness = new Witnessing.Claim("nurse.okafor", "password".toCharArray());
        InvalidInputException refused = invalid(paracetamolQds(), dose);
        assertEquals("witness", refused.field());
        assertEquals("Paracetamol 500 mg tablets needs no witness: leave the witness out.", refused.getMessage());
    }

    @Test
    void aDoseNotGivenHasNoWitness() {
        Recording dose = dose();
        dose.outcome = Outcome.NOT_GIVEN;
        dose.reason = NotGivenReason.REFUSED;
        dose.witness = new Witnessing.Claim("nurse.okafor", "password".toCharArray());
        assertEquals("A dose not given has no witness: leave the witness out.", invalid(paracetamolQds(), dose).getMessage());
    }

    // ---- which order a scan is for

    @Test
    void aScanFindsTheOrdersForTheProduct() {
        Prescription paracetamol = paracetamolQds();
        Prescription enoxaparin = order(40, "ENOXAPARIN-PFS-40", "40", Unit.MG, Route.SC, Frequency.OD, null, true);
        assertEquals(List.of(paracetamol), fiveRights.ordersForScan(NIA, "TRN01006", PARACETAMOL_BARCODE,
                LocalDate.of(2026, 11, 23), List.of(enoxaparin, paracetamol)));
    }

    @Test
    void aScanOfAnotherStrengthOrOfAMedicineNotOrderedIsStopped() {
        List<Prescription> current = List.of(paracetamolQds());
        LocalDate today = LocalDate.of(2026, 11, 23);
        AdministrationStopped strength = assertThrows(AdministrationStopped.class,
                () -> fiveRights.ordersForScan(NIA, "TRN01006", PARACETAMOL_SUSPENSION_BARCODE, today, current));
        assertEquals(Stop.WRONG_STRENGTH, strength.stop());
        AdministrationStopped notOrdered = assertThrows(AdministrationStopped.class,
                () -> fiveRights.ordersForScan(NIA, "TRN01006", IBUPROFEN_BARCODE, today, current));
        assertEquals(Stop.PRODUCT_NOT_ORDERED, notOrdered.stop());
        assertEquals("Ibuprofen 400 mg tablets is not on any current order for Nia Jones.", notOrdered.getMessage());
        assertEquals(StopSentence.NOT_ORDERED_FOR_PATIENT.with("Ibuprofen 400 mg tablets", "Nia Jones"), notOrdered.wording());
        AdministrationStopped wrongPatient = assertThrows(AdministrationStopped.class,
                () -> fiveRights.ordersForScan(NIA, "TRN01007", PARACETAMOL_BARCODE, today, current));
        assertEquals(Stop.WRONG_PATIENT, wrongPatient.stop());
    }

    @Test
    void theWristbandAloneIsCheckedTheMomentItIsScanned() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertDoesNotThrow(() -> fiveRights.checkWristband(NIA, "TRN01006", today));
        AdministrationStopped other = assertThrows(AdministrationStopped.class, () -> fiveRights.checkWristband(NIA, "TRN01007", today));
        assertEquals(Stop.WRONG_PATIENT, other.stop());
        assertEquals("Wrong patient: this wristband is Dafydd Rees (TRN01007); the chart open is Nia Jones's (TRN01006).",
                other.getMessage());
        AdministrationStopped medicine = assertThrows(AdministrationStopped.class,
                () -> fiveRights.checkWristband(NIA, PARACETAMOL_BARCODE, today));
        assertEquals(Stop.WRONG_PATIENT, medicine.stop());
    }
    // ---- a bag of an infusion put up: the same scans, the same rights

    private static final String HEPARIN_BARCODE = "(01)00200000000622(17)281231(10)HEP1";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** Heparin 25,000 units made up in a syringe, run as a continuous infusion (the order part: STAT, IV). */
    private static Prescription heparinInfusion(boolean signed) {
        ValidOrder written = new ValidOrder(product("HEPARIN-INJ-25000U-5ML"), new Dose(new BigDecimal("25000"), null, Unit.UNIT),
                Route.IV, Frequency.STAT, null, YESTERDAY, null, null, null, null);
        Prescription order = Prescription.draft(40, 6, written, "dr.jones", YESTERDAY);
        if (signed) {
            order.sign("dr.jones", "test", YESTERDAY);
            order.verify("pharm.hughes", YESTERDAY);
        }
        return order;
    }

    @Test
    void aBagScannedForTheRightPatientAndOrder_passes_withItsBatchAndExpiry() {
        ProductScan scan = fiveRights.checkBag(NIA, heparinInfusion(true), product("HEPARIN-INJ-25000U-5ML"), "TRN01006",
                HEPARIN_BARCODE, TODAY);
        assertEquals("00200000000622", scan.gtin().value());
        assertEquals("HEP1", scan.batch());
    }

    @Test
    void aBagScannedWithAnotherPatientsWristband_isTheWrongPatient() {
        AdministrationStopped stop = assertThrows(AdministrationStopped.class, () -> fiveRights.checkBag(NIA, heparinInfusion(true),
                product("HEPARIN-INJ-25000U-5ML"), "TRN01007", HEPARIN_BARCODE, TODAY));
        assertEquals(Stop.WRONG_PATIENT, stop.stop());
        assertTrue(stop.getMessage().contains("Dafydd Rees"), stop.getMessage());
    }

    @Test
    void anotherProductScannedForTheInfusion_isNotThisOrders() {
        AdministrationStopped stop = assertThrows(AdministrationStopped.class, () -> fiveRights.checkBag(NIA, heparinInfusion(true),
                product("HEPARIN-INJ-25000U-5ML"), "TRN01006", PARACETAMOL_BARCODE, TODAY));
        assertEquals(Stop.PRODUCT_NOT_ORDERED, stop.stop());
    }

    @Test
    void aBagForAnUnsignedOrder_isStopped() {
        AdministrationStopped stop = assertThrows(AdministrationStopped.class, () -> fiveRights.checkBag(NIA, heparinInfusion(false),
                product("HEPARIN-INJ-25000U-5ML"), "TRN01006", HEPARIN_BARCODE, TODAY));
        assertEquals(Stop.ORDER_NOT_ACTIVE, stop.stop());
    }

    @Test
    void anExpiredBag_isStopped() {
        AdministrationStopped stop = assertThrows(AdministrationStopped.class, () -> fiveRights.checkBag(NIA, heparinInfusion(true),
                product("HEPARIN-INJ-25000U-5ML"), "TRN01006", "(01)00200000000622(17)261031(10)HEP0", TODAY));
        assertEquals(Stop.EXPIRED_PRODUCT, stop.stop());
    }

    // ---- insulin correction doses: the scale at the latest reading

    /** Insulin aspart by its correction scale, as needed at most every 4 hours: the figures are the test's own. */
    private static Prescription aspartCorrection() {
        CorrectionScale scale = CorrectionScale.of(List.of(new CorrectionScale.Band(BigDecimal.ZERO, BigDecimal.ZERO),
                new CorrectionScale.Band(new BigDecimal("8"), new BigDecimal("2")),
                new CorrectionScale.Band(new BigDecimal("12"), new BigDecimal("4"))));
        ValidOrder written = new ValidOrder(product("INSULINASPART-PEN-100U-3ML"), new Dose(new BigDecimal("2"), new BigDecimal("4"),
                Unit.UNIT), Route.SC, Frequency.PRN, new ValidOrder.PrnLimits("blood glucose above 8 mmol/L", new BigDecimal("4"), 4),
                YESTERDAY, null, null, null, null, scale);
        Prescription order = Prescription.draft(40, 6, written, "dr.jones", YESTERDAY);
        order.sign("dr.jones", "test", YESTERDAY);
        order.verify("pharm.hughes", YESTERDAY);
        return order;
    }

    private static Recording correctionDose() {
        Recording dose = asNeeded(null);
        dose.identifiedBy = Identification.MANUAL;
        dose.manualReason = "pen label torn";
        dose.site = "abdomen";
        dose.prnReason = null;
        return dose;
    }

    private static GlucoseReading reading(String mmolPerL, String at) {
        return new GlucoseReading(6, new BigDecimal(mmolPerL), null, Instant.parse(at), "nurse.evans", Instant.parse(at));
    }

    private FiveRights.Decision checkCorrection(Prescription order, Recording dose, GlucoseReading... latestFirst) {
        return fiveRights.check(new FiveRights.Bedside(NIA, order, product(order.productCode()), WardContext.DEFAULT, NOW, NURSE,
                List.of(latestFirst)), dose.request());
    }

    private AdministrationStopped correctionStopped(Prescription order, Recording dose, GlucoseReading... latestFirst) {
        return assertThrows(AdministrationStopped.class, () -> checkCorrection(order, dose, latestFirst));
    }

    @Test
    void aCorrectionDoseIsWhatTheScaleGivesAtTheLatestReadingAndTheRecordSaysWhichReading() {
        Administration record = checkCorrection(aspartCorrection(), correctionDose(),
                reading("13.1", "2026-11-23T08:05:00Z"), reading("7.0", "2026-11-23T04:00:00Z")).record(null);
        assertEquals(0, new BigDecimal("4").compareTo(record.dose()));
        assertEquals("unit", record.doseUnit());
        assertEquals("Correction scale at blood glucose 13.1 mmol/L measured 08:05", record.prnReason());
        Recording withWords = correctionDose();
        withWords.prnReason = "before lunch";
        assertEquals("Correction scale at blood glucose 13.1 mmol/L measured 08:05: before lunch", checkCorrection(aspartCorrection(),
                withWords, reading("13.1", "2026-11-23T08:05:00Z")).record(null).prnReason());
    }

    @Test
    void anAmountOtherThanTheScalesStopsTheDoseAsNotPrescribed() {
        Recording dose = correctionDose();
        dose.dose = new BigDecimal("3");
        AdministrationStopped stop = correctionStopped(aspartCorrection(), dose, reading("13.1", "2026-11-23T08:05:00Z"));
        assertEquals(Stop.DOSE_NOT_PRESCRIBED, stop.stop());
        assertEquals("At a blood glucose of 13.1 mmol/L the correction scale gives 4 units, not 3.", stop.getMessage());
        dose.dose = new BigDecimal("4");
        assertEquals(0, new BigDecimal("4").compareTo(checkCorrection(aspartCorrection(), dose,
                reading("13.1", "2026-11-23T08:05:00Z")).record(null).dose()), "the scale's own amount, entered, is recorded");
    }

    @Test
    void aCorrectionDoseWithoutAReadingStopsUntilTheGlucoseIsMeasured() {
        AdministrationStopped stop = correctionStopped(aspartCorrection(), correctionDose());
        assertEquals(Stop.GLUCOSE_NEEDED, stop.stop());
        assertEquals("insulin.correction.stop.needsGlucose", stop.wording().code());
    }

    @Test
    void aReadingAlreadyActedOnIsNotTheBasisOfASecondDose() {
        Prescription order = aspartCorrection();
        alreadyGiven(order, null, Instant.parse("2026-11-23T04:10:00Z"), "nurse.morgan");
        AdministrationStopped stop = correctionStopped(order, correctionDose(), reading("13.1", "2026-11-23T04:05:00Z"));
        assertEquals(Stop.GLUCOSE_NEEDED, stop.stop());
        assertEquals("The latest blood glucose (13.1 mmol/L at 04:05) was measured before the last correction dose, at 04:10: "
                + "measure it again.", stop.getMessage());
        assertEquals(0, new BigDecimal("4").compareTo(checkCorrection(order, correctionDose(), reading("12.0", "2026-11-23T08:05:00Z"),
                reading("13.1", "2026-11-23T04:05:00Z")).record(null).dose()), "a new reading since is the basis");
    }

    @Test
    void aBandThatGivesNoInsulinStopsTheDose() {
        AdministrationStopped stop = correctionStopped(aspartCorrection(), correctionDose(), reading("7.9", "2026-11-23T08:05:00Z"));
        assertEquals(Stop.DOSE_NOT_PRESCRIBED, stop.stop());
        assertEquals("At a blood glucose of 7.9 mmol/L the correction scale gives no insulin.", stop.getMessage());
        assertEquals(Stop.DOSE_NOT_PRESCRIBED, correctionStopped(aspartCorrection(), correctionDose(),
                reading("3.2", "2026-11-23T08:05:00Z")).stop(), "nor in hypoglycaemia");
    }

    @Test
    void aDoseRecordedLateFollowsTheReadingBeforeItNotOneTakenSince() {
        Recording late = correctionDose();
        late.administeredAt = Instant.parse("2026-11-23T07:30:00Z");
        late.timingReason = "recorded after the emergency in bay 2";
        Administration record = checkCorrection(aspartCorrection(), late, reading("13.1", "2026-11-23T08:05:00Z"),
                reading("9.0", "2026-11-23T07:20:00Z")).record(null);
        assertEquals(0, new BigDecimal("2").compareTo(record.dose()));
        assertEquals("Correction scale at blood glucose 9 mmol/L measured 07:20", record.prnReason());
    }

    @Test
    void theAsNeededLimitsStillHoldForACorrectionDose() {
        Prescription order = aspartCorrection();
        alreadyGiven(order, null, Instant.parse("2026-11-23T06:00:00Z"), "nurse.morgan");
        assertEquals(Stop.PRN_INTERVAL, correctionStopped(order, correctionDose(), reading("13.1", "2026-11-23T08:05:00Z")).stop());
    }

    @Test
    void aBagPutUpOfAMedicineTheSiteChecksNeedsItsSecondPersonAsADoseWould() {
        SecondChecks insulin = new SecondChecks(List.of(new SecondChecks.Rule("A10A", java.util.Set.of(Route.SC, Route.IV),
                "insulin: independent double check", "site policy")));
        Prescription vriii = order(41, "INSULINSOLUBLE-VIAL-100U-10ML", "50", Unit.UNIT, Route.IV, Frequency.STAT, null, true);
        Product soluble = product("INSULINSOLUBLE-VIAL-100U-10ML");
        AdministrationStopped stop = assertThrows(AdministrationStopped.class,
                () -> withSecondChecks(insulin).witnessForBag(vriii, soluble, null, NURSE));
        assertEquals(Stop.WITNESS_REQUIRED, stop.stop());
        assertEquals("stopText.secondCheckRequired", stop.wording().code());
        assertTrue(withSecondChecks(insulin).witnessForBag(vriii, soluble, new Witnessing.Claim("nurse.okafor", "pw".toCharArray()), NURSE));
        assertEquals(Stop.WITNESS_NOT_ALLOWED, assertThrows(AdministrationStopped.class, () -> withSecondChecks(insulin)
                .witnessForBag(vriii, soluble, new Witnessing.Claim("nurse.evans", "pw".toCharArray()), NURSE)).stop(),
                "not the nurse putting the bag up");
        assertFalse(fiveRights.witnessForBag(vriii, soluble, null, NURSE), "without the site's rule no second person");
        assertEquals("witness", assertThrows(InvalidInputException.class, () -> fiveRights.witnessForBag(vriii, soluble,
                new Witnessing.Claim("nurse.okafor", "pw".toCharArray()), NURSE)).field(), "and one named is refused");
    }
}
