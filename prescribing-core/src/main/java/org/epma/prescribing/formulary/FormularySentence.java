package org.epma.prescribing.formulary;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a dose or a product barcode as sent, as message keys with their arguments. */
public enum FormularySentence implements Phrase {
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
