package org.epma.prescribing.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.ValidOrder;
import org.junit.jupiter.api.Test;

/** How an order reads: a weekly order names the day its doses fall on, the start's weekday in the ward's zone. */
class OrderLineWordsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static String words(Frequency frequency, String start) {
        ValidOrder order = new ValidOrder(ShippedFormularyTest.SHIPPED.formulary().product("METHOTREXATE-TAB-2P5").orElseThrow(),
                new Dose(new BigDecimal("7.5"), null, Unit.parse("mg").orElseThrow()), Route.PO, frequency, null,
                Instant.parse(start), null, null, null, null);
        return order.line("order-1", LONDON).describe();
    }

    @Test
    void aWeeklyOrderNamesTheStartsWeekday() {
        // Monday 6 April 2026, 08:00 in London (BST)
        assertEquals("Methotrexate 2.5 mg tablets 7.5 mg oral once a week on Monday", words(Frequency.WEEKLY, "2026-04-06T07:00:00Z"));
    }

    @Test
    void theWeekdayIsTheWardsNotUtcs_whenTheStartIsJustAfterLocalMidnight() {
        // 00:30 on Tuesday 7 April in London is still Monday 23:30 in UTC
        assertEquals("Methotrexate 2.5 mg tablets 7.5 mg oral once a week on Tuesday", words(Frequency.WEEKLY, "2026-04-06T23:30:00Z"));
    }

    @Test
    void otherFrequenciesNameNoDay() {
        assertEquals("Methotrexate 2.5 mg tablets 7.5 mg oral once a day", words(Frequency.OD, "2026-04-06T07:00:00Z"));
    }
}
