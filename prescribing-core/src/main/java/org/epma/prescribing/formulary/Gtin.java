package org.epma.prescribing.formulary;

import java.util.Objects;
import org.epma.prescribing.refusal.InvalidInputException;

/**
 * A GS1 Global Trade Item Number, held as 14 digits (GTIN-8, -12 and -13 are padded with leading zeros),
 * whose last digit is the GS1 modulo-10 check digit (GS1 General Specifications, 7.9.1).
 */
public record Gtin(String value) {

    public Gtin {
        Objects.requireNonNull(value, "GTIN");
        if (!value.matches("\\d{14}")) {
            throw new InvalidInputException("gtin", FormularySentence.GTIN_FOURTEEN_DIGITS.with(), "A GTIN has 14 digits (shorter GTINs are padded with zeros).");
        }
        if (checkDigit(value.substring(0, 13)) != value.charAt(13) - '0') {
            throw new InvalidInputException("gtin", FormularySentence.GTIN_CHECK_DIGIT.with(value), "GTIN " + value + " fails its check digit.");
        }
    }

    /** Accepts GTIN-8, -12, -13 or -14. */
    public static Gtin parse(String digits) {
        if (digits == null || !digits.matches("\\d{8}|\\d{12,14}")) {
            throw new InvalidInputException("gtin", FormularySentence.GTIN_LENGTH.with(), "A GTIN has 8, 12, 13 or 14 digits.");
        }
        return new Gtin("0".repeat(14 - digits.length()) + digits);
    }

    /** Weights 3 and 1 alternate from the rightmost data digit; the check digit makes the sum a multiple of 10. */
    public static int checkDigit(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int digit = data.charAt(data.length() - 1 - i) - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }
}
