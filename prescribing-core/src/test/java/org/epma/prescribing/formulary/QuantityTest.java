package org.epma.prescribing.formulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Doses as people read them, after the NHS Common User Interface medication guidance (Design Guide Entry – Medication
 * Line v2.0.0.0): unit words in full and plural, no trailing zeros, a leading zero, commas from a thousand.
 */
class QuantityTest {

    private static String shown(String amount, Unit unit) {
        return Quantity.of(amount, unit).display();
    }

    @Test
    void aUnitWordIsPluralAfterEveryAmountButExactlyOne() {
        assertEquals("2 tablets", shown("2", Unit.TABLET));
        assertEquals("1 tablet", shown("1", Unit.TABLET));
        assertEquals("1 tablet", shown("1.00", Unit.TABLET));
        assertEquals("0.5 tablets", shown("0.5", Unit.TABLET));
        assertEquals("50 micrograms", shown("50", Unit.MICROGRAM));
        assertEquals("1 microgram", shown("1", Unit.MICROGRAM));
        assertEquals("10 units", shown("10", Unit.UNIT));
        assertEquals("1 unit", shown("1", Unit.UNIT));
        assertEquals("2 patches", shown("2", Unit.PATCH));
        assertEquals("2 suppositories", shown("2", Unit.SUPPOSITORY));
        assertEquals("2 doses", shown("2", Unit.DOSE));
        assertEquals("1.5 litres", shown("1.5", Unit.L));
    }

    @Test
    void aSymbolIsNeverMadePlural() {
        assertEquals("500 mg", shown("500", Unit.MG));
        assertEquals("10 mL", shown("10", Unit.ML));
        assertEquals("20 mmol", shown("20", Unit.MMOL));
        assertEquals("2 g", shown("2", Unit.G));
    }

    @Test
    void noTrailingZerosALeadingZeroAndCommasFromAThousand() {
        assertEquals("2.5 tablets", shown("2.50", Unit.TABLET));
        assertEquals("0.5 mL", shown(".5", Unit.ML));
        assertEquals("5,000 units", shown("5000", Unit.UNIT));
        assertEquals("12,500 units", shown("12500", Unit.UNIT));
        assertEquals("1,000 mL", shown("1000", Unit.ML));
        assertEquals("10 mL", shown("10.000", Unit.ML));
    }

    @Test
    void aMassIsShownInTheUnitThatReadsMostEasily() {
        assertEquals("1 g", shown("1000", Unit.MG));
        assertEquals("62.5 micrograms", shown("0.0625", Unit.MG));
        assertEquals("500 micrograms", shown("0.5", Unit.MG));
        assertEquals("1 mg", shown("1000", Unit.MICROGRAM));
    }

    @Test
    void aRangeIsWrittenInOneUnitWithTheWordAfterItsTop() {
        assertEquals("1 to 2 tablets", new Dose(BigDecimal.ONE, new BigDecimal("2.0"), Unit.TABLET).display());
        assertEquals("0.5 to 1 tablet", new Dose(new BigDecimal("0.5"), BigDecimal.ONE, Unit.TABLET).display());
        assertEquals("0.5 to 1 g", new Dose(new BigDecimal("500"), new BigDecimal("1000"), Unit.MG).display());
        assertEquals("2.5 to 5 mg", new Dose(new BigDecimal("2.50"), new BigDecimal("5"), Unit.MG).display());
    }
}
