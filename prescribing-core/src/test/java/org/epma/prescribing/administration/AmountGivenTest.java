package org.epma.prescribing.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Unit;
import org.junit.jupiter.api.Test;

/** What an as-needed range order has given in 24 hours: the recorded amounts, not the count times one dose. */
class AmountGivenTest {

    @Test
    void theAmountsRecordedAreSummedInTheOrdersUnit() {
        AmountGiven given = AmountGiven.of(List.of(Quantity.of("2.5", Unit.MG), Quantity.of("5", Unit.MG),
                Quantity.of("3750", Unit.MICROGRAM)), Unit.MG);
        assertEquals(3, given.doses());
        assertEquals(0, Quantity.of("11.25", Unit.MG).compareTo(given.total()));
        assertEquals(Unit.MG, given.total().unit());
    }

    @Test
    void nothingGivenIsNoneOfTheOrdersUnitAndAnAmountOfAnotherKindIsNotCounted() {
        assertEquals(0, AmountGiven.of(List.of(), Unit.MG).total().amount().signum());
        AmountGiven given = AmountGiven.of(List.of(Quantity.of("5", Unit.ML), Quantity.of("2.5", Unit.MG)), Unit.MG);
        assertEquals(1, given.doses());
        assertEquals(0, Quantity.of("2.5", Unit.MG).compareTo(given.total()));
    }
}
