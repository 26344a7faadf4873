package org.epma.prescribing.formulary;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/**
 * The refusals of a dose or a product barcode as sent, and an amount inside any sentence, as message keys with their
 * arguments.
 */
public enum FormularySentence implements Phrase {
    // an amount and its unit word ("2 tablets", Welsh "2 dabled"): the unit is doseUnitCount.<symbol> with a count
    QUANTITY("quantity", "amount", "unit"),
    // a dose range ("0.5 to 1 g"): the bottom's number, the top as a QUANTITY
    DOSE_RANGE("dose.range", "from", "to"),
    // an order inside a sentence ("Paracetamol 500 mg tablets 1 g oral four times a day"): the route, frequency and
    // weekday as orderLine.route.*, orderLine.frequency.*, orderLine.weekday.* (words for the middle of a sentence)
    ORDER_LINE("orderLine", "medicine", "dose", "route", "frequency", "day", "limits"),
    PRN_MAXIMUM("orderLine.prnMax", "count"),
    DOSE_MORE_THAN_ZERO("refusal.formulary.doseMoreThanZero"),
    RANGE_TOP_ABOVE_BOTTOM("refusal.formulary.rangeTopAboveBottom"),
    GTIN_FOURTEEN_DIGITS("refusal.formulary.gtinFourteenDigits"),
    GTIN_CHECK_DIGIT("refusal.formulary.gtinCheckDigit", "gtin"),
    GTIN_LENGTH("refusal.formulary.gtinLength");

    private final String key;
    private final List<String> argNames;

    FormularySentence(String key, String... argNames) {
        this.key = key;
        this.argNames = List.of(argNames);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<String> argNames() {
        return argNames;
    }
}
