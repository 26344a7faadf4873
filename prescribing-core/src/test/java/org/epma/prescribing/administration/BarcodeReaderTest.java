package org.epma.prescribing.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.epma.prescribing.formulary.Gtin;
import org.epma.prescribing.patient.HospitalNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BarcodeReaderTest {

    private static final String GS = "\u001D";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    // 501234567890 is GS1's own example company prefix and item; its GTIN-13 check digit works out as 0
    // (weights 3,1 from the right: 0·3+9·1+8·3+7·1+6·3+5·1+4·3+3·1+2·3+1·1+0·3+5·1 = 90, so 0)
    private static final String GTIN_14 = "05012345678900";
    private static final String WRONG_GTIN_14 = "05012345678901";

    private static ProductScan product(String scanned) {
        return assertInstanceOf(ProductScan.class, BarcodeReader.read(scanned, TODAY));
    }

    private static UnreadableScan unreadable(String scanned) {
        return assertInstanceOf(UnreadableScan.class, BarcodeReader.read(scanned, TODAY));
    }

    private static void assertFullPack(ProductScan scan) {
        assertEquals(new Gtin(GTIN_14), scan.gtin());
        assertEquals(LocalDate.of(2027, 1, 31), scan.expiry());
        assertEquals("AB123", scan.batch());
        assertEquals("SER0001", scan.serial());
    }

    @Test
    void gs1DataMatrixWithAGroupSeparatorAfterTheBatchGivesEveryField() {
        assertFullPack(product("]d2" + "01" + GTIN_14 + "17270131" + "10AB123" + GS + "21SER0001"));
    }

    @Test
    void aVariableLengthFieldThatComesLastNeedsNoSeparator() {
        ProductScan scan = product("01" + GTIN_14 + "17270131" + "10AB123");
        assertEquals("AB123", scan.batch());
        assertNull(scan.serial());
    }

    @Test
    void aSeparatorAfterAFixedLengthFieldOrAtTheEndIsHarmless() {
        assertFullPack(product("01" + GTIN_14 + GS + "17270131" + GS + "10AB123" + GS + "21SER0001" + GS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"]d2", "]C1", "]e0", "]Q3"})
    void gs1SymbologyIdentifiersAreStripped(String identifier) {
        assertFullPack(product(identifier + "01" + GTIN_14 + "17270131" + "10AB123" + GS + "21SER0001"));
    }

    @Test
    void theScannersEnterAndALeadingFnc1AreIgnored() {
        assertFullPack(product("]d2" + GS + "01" + GTIN_14 + "17270131" + "10AB123" + GS + "21SER0001\r\n"));
    }

    @Test
    void theHumanReadableFormInBracketsIsRead() {
        ProductScan scan = product("(01)" + GTIN_14 + "(17)270131(10)AB123(21)SER0001");
        assertFullPack(scan);
    }

    @Test
    void theHumanReadableFormMayBeTypedWithSpaces() {
        assertFullPack(product("(01) " + GTIN_14 + " (17) 270131 (10) AB123 (21) SER0001"));
    }

    @Test
    void applicationIdentifiersMayComeInAnyOrder() {
        assertFullPack(product("]d2" + "21SER0001" + GS + "10AB123" + GS + "17270131" + "01" + GTIN_14));
        assertFullPack(product("(10)AB123(21)SER0001(17)270131(01)" + GTIN_14));
    }

    @Test
    void withoutAnIdentifierAStringStartingWithTheExpiryIsStillGs1() {
        ProductScan scan = product("17270131" + "01" + GTIN_14 + "10AB123");
        assertEquals(new Gtin(GTIN_14), scan.gtin());
        assertEquals("AB123", scan.batch());
    }

    @Test
    void aGs1DataBarCarryingOnlyTheGtinIsAProduct() {
        ProductScan scan = product("]e0" + "01" + GTIN_14);
        assertEquals(ProductScan.ofGtin(new Gtin(GTIN_14)), scan);
    }

    @Test
    void aWrongGtinCheckDigitInAGs1CodeIsRefused() {
        UnreadableScan scan = unreadable("]d2" + "01" + WRONG_GTIN_14 + "17270131" + "10AB123");
        assertEquals(ScanProblem.CHECK_DIGIT, scan.problem());
        assertEquals("This barcode is not a medicine or a wristband: GTIN 05012345678901 fails its check digit.", scan.reason());
        // without an identifier, a string that starts with (01) and 14 digits is still read as GS1
        assertEquals(ScanProblem.CHECK_DIGIT, unreadable("01" + WRONG_GTIN_14 + "17270131").problem());
    }

    @Test
    void anUnknownApplicationIdentifierIsNamedInFull() {
        UnreadableScan production = unreadable("]d2" + "01" + GTIN_14 + "11260101" + "17270131");
        assertEquals(ScanProblem.UNKNOWN_APPLICATION_IDENTIFIER, production.problem());
        assertEquals("This barcode is not a medicine or a wristband: its GS1 code carries Application Identifier (11),"
                + " which this system does not read.", production.reason());
        // AIs beginning 24 are three digits long, 70 four
        assertTrue(unreadable("]d2" + "01" + GTIN_14 + "240ABC").reason().contains("(240)"));
        assertTrue(unreadable("]d2" + "01" + GTIN_14 + "71012345" + GS + "10AB").reason().contains("(710)"));
        assertTrue(unreadable("(01)" + GTIN_14 + "(7003)2701311200").reason().contains("(7003)"));
    }

    @Test
    void aTruncatedFixedLengthFieldIsRefused() {
        UnreadableScan expiry = unreadable("]d2" + "01" + GTIN_14 + "172701");
        assertEquals(ScanProblem.MALFORMED_FIELD, expiry.problem());
        assertEquals("This barcode is not a medicine or a wristband: the expiry date (17) has 4 characters where 6 are needed.",
                expiry.reason());
        assertTrue(unreadable("]d2" + "01" + "050123456789" + GS + "10AB").reason()
                .contains("the GTIN (01) has 12 characters where 14 are needed"));
        assertTrue(unreadable("(01)" + GTIN_14 + "(17)2701").reason().contains("has 4 characters where 6 are needed"));
    }

    @Test
    void expiryDay00MeansTheLastDayOfTheMonth() {
        assertEquals(LocalDate.of(2027, 2, 28), product("01" + GTIN_14 + "17270200").expiry());
        assertEquals(LocalDate.of(2028, 2, 29), product("01" + GTIN_14 + "17280200").expiry());
        assertEquals(LocalDate.of(2027, 11, 30), product("01" + GTIN_14 + "17271100").expiry());
    }

    @Test
    void anExpiryThatIsNotADateIsRefused() {
        assertEquals(ScanProblem.INVALID_EXPIRY_DATE, unreadable("]d2" + "01" + GTIN_14 + "17271301").problem());
        UnreadableScan february30 = unreadable("]d2" + "01" + GTIN_14 + "17270230");
        assertEquals("This barcode is not a medicine or a wristband: the expiry date (17) 270230 is not a date.",
                february30.reason());
    }

    @Test
    void aTwoDigitExpiryYearFallsInTheCenturyWithinFiftyYearsOfToday() {
        assertEquals(LocalDate.of(2076, 1, 31), product("01" + GTIN_14 + "17760131").expiry());
        assertEquals(LocalDate.of(1977, 1, 31), product("01" + GTIN_14 + "17770131").expiry());
        assertEquals(LocalDate.of(2110, 5, 1),
                assertInstanceOf(ProductScan.class, BarcodeReader.read("01" + GTIN_14 + "17100501", LocalDate.of(2060, 6, 1))).expiry());
    }

    @Test
    void aYearFiftyOneOrMoreAheadBelongsToTheLastCenturyAndFiftyOrMoreBehindToTheNext() {
        assertEquals(2076, BarcodeReader.yearOf(76, 2026)); // 50 ahead: this century
        assertEquals(1977, BarcodeReader.yearOf(77, 2026)); // 51 ahead: last century
        assertEquals(2011, BarcodeReader.yearOf(11, 2060)); // 49 behind: this century
        assertEquals(2110, BarcodeReader.yearOf(10, 2060)); // 50 behind: next century
        assertEquals(2101, BarcodeReader.yearOf(1, 2099));
        assertEquals(2000, BarcodeReader.yearOf(0, 2026));
    }

    @Test
    void anEan13IsAGtinPaddedToFourteenDigits() {
        assertEquals(ProductScan.ofGtin(new Gtin(GTIN_14)), product("5012345678900"));
        assertEquals(new Gtin("04006381333931"), product("]E04006381333931").gtin());
    }

    @Test
    void anItf14IsAGtin() {
        assertEquals(new Gtin("15012345678907"), product("15012345678907").gtin());
        assertEquals(new Gtin("15012345678907"), product("]I115012345678907").gtin());
    }

    @Test
    void gtin8AndUpcAAreGtins() {
        assertEquals(new Gtin("00000096385074"), product("96385074").gtin());
        assertEquals(new Gtin("00000096385074"), product("]E496385074").gtin());
        assertEquals(new Gtin("00036000291452"), product("036000291452").gtin());
    }

    @Test
    void aLinearBarcodeCarriesNoExpiryBatchOrSerial() {
        ProductScan scan = product("5012345678900");
        assertNull(scan.expiry());
        assertNull(scan.batch());
        assertNull(scan.serial());
    }

    @Test
    void anEanWhoseCheckDigitIsWrongIsRefusedWhenTheScannerSaysItIsAnEan() {
        UnreadableScan scan = unreadable("]E05012345678901");
        assertEquals(ScanProblem.CHECK_DIGIT, scan.problem());
        assertEquals(ScanProblem.NOT_RECOGNISED, unreadable("]E0ABC").problem());
    }

    @Test
    void withoutAnIdentifierDigitsThatFailTheGtinCheckAreReadAsAHospitalNumber() {
        WristbandScan scan = assertInstanceOf(WristbandScan.class, BarcodeReader.read("5012345678901", TODAY));
        assertEquals(new HospitalNumber("5012345678901"), scan.hospitalNumber());
    }

    @Test
    void aHospitalNumberIsAWristband() {
        assertEquals(new WristbandScan(new HospitalNumber("TRN01001")), BarcodeReader.read("TRN01001", TODAY));
        assertEquals(new WristbandScan(new HospitalNumber("TRN01001")), BarcodeReader.read(" trn01001\r\n", TODAY));
        assertEquals(new WristbandScan(new HospitalNumber("1234567")), BarcodeReader.read("1234567", TODAY));
    }

    @Test
    void aHospitalNumberThatLooksLikeTheStartOfAGs1StringIsStillAWristband() {
        assertInstanceOf(WristbandScan.class, BarcodeReader.read("1712345678", TODAY)); // 17 then month 34
        assertInstanceOf(WristbandScan.class, BarcodeReader.read("10AB1234", TODAY)); // a batch, but no GTIN
        assertInstanceOf(WristbandScan.class, BarcodeReader.read("21K0099", TODAY));
    }

    @Test
    void anEightDigitNumberIsAGtinUnlessTheScannerSaysItIsNotAnEan() {
        // 12345670 has a right GTIN-8 check digit; an identifier settles which it is
        assertInstanceOf(ProductScan.class, BarcodeReader.read("12345670", TODAY));
        assertEquals(new WristbandScan(new HospitalNumber("12345670")), BarcodeReader.read("]C012345670", TODAY));
        assertEquals(new WristbandScan(new HospitalNumber("12345670")), BarcodeReader.read("]A012345670", TODAY));
    }

    @Test
    void aNonGs1CodeIsNeverReadAsAMedicine() {
        assertEquals(ScanProblem.NOT_RECOGNISED, unreadable("]d1" + "01" + GTIN_14 + "17270131" + "10AB123").problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello world", "TRN-01001", "https://example.org/p/1", "ABCDEFGHIJKLMNOPQRSTU", "]Q1ABC", "AB1", "é1234"})
    void rubbishIsUnreadable(String scanned) {
        UnreadableScan scan = unreadable(scanned);
        assertEquals(ScanProblem.NOT_RECOGNISED, scan.problem());
        assertEquals("This barcode is not a medicine or a wristband: it is not a GS1 code, a GTIN or a hospital number"
                + " of 4 to 20 letters and digits.", scan.reason());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\r\n", "]d2", GS, "]C1" + GS + "\r"})
    void anEmptyScanIsUnreadable(String scanned) {
        UnreadableScan scan = unreadable(scanned);
        assertEquals(ScanProblem.NOTHING_SCANNED, scan.problem());
        assertEquals("This barcode is not a medicine or a wristband: nothing was read from it.", scan.reason());
    }

    @Test
    void aBatchThatRunsIntoTheNextFieldBecauseTheSeparatorWasLostIsRefused() {
        UnreadableScan scan = unreadable("]d2" + "01" + GTIN_14 + "10ABCDEFGHIJ" + "21SERIAL123456789");
        assertEquals(ScanProblem.MALFORMED_FIELD, scan.problem());
        assertEquals("This barcode is not a medicine or a wristband: the batch (10) is longer than 20 characters,"
                + " which happens when the separator between fields is lost.", scan.reason());
    }

    @Test
    void aGs1CodeWithoutAGtinIsRefused() {
        assertEquals(ScanProblem.NO_GTIN, unreadable("]d2" + "17270131" + "10AB123").problem());
    }

    @Test
    void aRepeatedFieldIsRefused() {
        assertEquals(ScanProblem.REPEATED_FIELD, unreadable("]d2" + "01" + GTIN_14 + "01" + GTIN_14).problem());
    }

    @Test
    void anEmptyBatchOrOneWithCharactersGs1DoesNotAllowIsRefused() {
        assertTrue(unreadable("]d2" + "01" + GTIN_14 + "10" + GS + "21X1").reason().contains("the batch (10) in its GS1 code is empty"));
        assertTrue(unreadable("]d2" + "01" + GTIN_14 + "10AB#1").reason().contains("the batch (10) holds characters GS1 does not allow"));
        assertEquals(ScanProblem.MALFORMED_FIELD, unreadable("]d2" + "01" + GTIN_14 + "17ABCDEF").problem());
    }

    @Test
    void badlyBracketedTextIsRefused() {
        assertEquals(ScanProblem.MALFORMED_FIELD, unreadable("(01)" + GTIN_14 + "(17").problem());
        assertEquals(ScanProblem.MALFORMED_FIELD, unreadable("(1)" + GTIN_14).problem());
    }

    @Test
    void everyReasonIsOneSentenceThatBeginsTheSameWay() {
        for (String scanned : new String[] {"", "]d2" + "01" + WRONG_GTIN_14, "]d2" + "01" + GTIN_14 + "11260101",
                "]d2" + "01" + GTIN_14 + "172701", "]d2" + "17270131", "x y"}) {
            String reason = unreadable(scanned).reason();
            assertTrue(reason.startsWith("This barcode is not a medicine or a wristband: "), reason);
            assertTrue(reason.endsWith("."), reason);
            assertEquals(reason.length() - 1, reason.indexOf('.'), reason);
        }
    }

    @Test
    void aPackMayBeUsedOnItsExpiryDayButNotAfter() {
        ProductScan scan = product("01" + GTIN_14 + "17270100");
        assertFalse(scan.expiredOn(LocalDate.of(2027, 1, 31)));
        assertTrue(scan.expiredOn(LocalDate.of(2027, 2, 1)));
        assertFalse(product("5012345678900").expiredOn(LocalDate.of(2099, 1, 1)));
    }
}
