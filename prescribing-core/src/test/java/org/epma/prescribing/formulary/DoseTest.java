package org.epma.prescribing.formulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * A dose or a dose range ("morphine 2.5 to 5 mg"): what a valid range is, how it is written (the NHS CUI medication
 * line's "to" with the unit once, after the top, as in "every 4 to 6 hours") and which amounts given it admits.
 */
class DoseTest {

    private static Dose range(String from, String to, Unit unit) {
        return new Dose(new BigDecimal(from), new BigDecimal(to), unit);
    }

    @Test
    void aRangeIsWrittenWithToAndItsUnitOnceInTheUnitOfItsTop() {
        assertEquals("2.5 to 5 mg", range("2.5", "5", Unit.MG).display());
        assertEquals("0.5 to 1 g", range("500", "1000", Unit.MG).display(), "\"500 to 1,000 mg\" would be misread");
        assertEquals("1 to 2 tablets", range("1", "2", Unit.TABLET).display());
        assertEquals("5 mg", Dose.of("5", Unit.MG).display());
    }

    @Test
    void aRangeWhoseTopIsNotAboveItsBottomOrABottomOfNothingIsRefusedNamingTheField() {
        assertEquals("doseUpTo", assertThrows(InvalidInputException.class, () -> range("5", "5", Unit.MG)).field());
        assertEquals("doseUpTo", assertThrows(InvalidInputException.class, () -> range("5", "2.5", Unit.MG)).field());
        assertEquals("dose", assertThrows(InvalidInputException.class, () -> range("-1", "5", Unit.MG)).field());
        assertEquals("dose", assertThrows(InvalidInputException.class, () -> range("0", "5", Unit.MG)).field());
    }

    @Test
    void theChecksJudgeTheTopOfARange() {
        assertEquals(0, Quantity.of("5", Unit.MG).compareTo(range("2.5", "5", Unit.MG).highest()));
        assertEquals(0, Quantity.of("2.5", Unit.MG).compareTo(Dose.of("2.5", Unit.MG).highest()));
    }

    @Test
    void aRangeAdmitsEveryAmountFromItsBottomToItsTopInAnyUnitOfItsKind() {
        Dose range = range("2.5", "5", Unit.MG);
        assertTrue(range.admits(Quantity.of("2.5", Unit.MG)));
        assertTrue(range.admits(Quantity.of("3.75", Unit.MG)));
        assertTrue(range.admits(Quantity.of("5", Unit.MG)));
        assertTrue(range.admits(Quantity.of("5000", Unit.MICROGRAM)));
        assertFalse(range.admits(Quantity.of("2", Unit.MG)));
        assertFalse(range.admits(Quantity.of("5.5", Unit.MG)));
        assertFalse(range.admits(Quantity.of("5", Unit.ML)), "mL cannot be compared with mg");
    }

    @Test
    void aSingleDoseAdmitsOnlyItsOwnAmount() {
        Dose dose = Dose.of("1", Unit.G);
        assertTrue(dose.admits(Quantity.of("1000", Unit.MG)));
        assertFalse(dose.admits(Quantity.of("500", Unit.MG)));
    }
}
