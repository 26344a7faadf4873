package org.epma.prescribing.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "9990000107", "4010232137"})
    void acceptsNumbersWhoseModulus11CheckDigitIsRight(String text) {
        assertEquals(10, NhsNumber.parse(text).value().length());
    }

    @Test
    void refusesAWrongCheckDigit() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NhsNumber.parse("9434765918"));
        assertEquals("nhsNumber", e.field());
        assertEquals(PatientSentence.NHS_NUMBER_CHECK.with("9434765918"), e.wording());
    }

    @Test
    void refusesNumbersWhoseCheckDigitWouldBeTen() {
        // 123456789: weighted sum 210, remainder 1, so the check digit would be 10, which no digit can stand for
        assertEquals(-1, NhsNumber.checkDigit("123456789"));
        assertThrows(InvalidInputException.class, () -> NhsNumber.parse("1234567890"));
    }

    @Test
    void aRemainderOfZeroGivesCheckDigitZero() {
        assertEquals(0, NhsNumber.checkDigit("999000005"));
        assertEquals("9990000050", NhsNumber.parse("9990000050").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "943476591", "94347659190", "94347659l9", "abcdefghij"})
    void refusesAnythingButTenDigits(String text) {
        assertThrows(InvalidInputException.class, () -> NhsNumber.parse(text));
    }

    @Test
    void isWrittenInThreeThreeFourGroups() {
        assertEquals("943 476 5919", NhsNumber.parse("9434765919").formatted());
    }

    @Test
    void hospitalNumbersAreUpperCasedAndChecked() {
        assertEquals("TRN01001", new HospitalNumber(" trn01001 ").value());
        assertThrows(InvalidInputException.class, () -> new HospitalNumber("T1"));
        assertThrows(InvalidInputException.class, () -> new HospitalNumber("TRN-01001"));
    }
}
