package org.epma.prescribing.patient;

import java.util.Objects;
import org.epma.prescribing.refusal.InvalidInputException;

/**
 * A 10-digit NHS number whose last digit is the Modulus 11 check digit (NHS Data Dictionary,
 * "NHS Number"): the first nine digits are weighted 10 down to 2, and 11 minus the remainder of the
 * sum divided by 11 is the check digit, where 11 means 0 and 10 means the number is not valid.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        Objects.requireNonNull(value, "NHS number");
        if (!value.matches("\\d{10}")) {
            throw new InvalidInputException("nhsNumber", PatientSentence.NHS_NUMBER_DIGITS.with(), "An NHS number has 10 digits.");
        }
        if (checkDigit(value) != value.charAt(9) - '0') {
            throw new InvalidInputException("nhsNumber", PatientSentence.NHS_NUMBER_CHECK.with(value), "NHS number " + value + " fails its Modulus 11 check digit.");
        }
    }

    /** Accepts the usual written forms, "943 476 5919" or "943-476-5919". */
    public static NhsNumber parse(String text) {
        Objects.requireNonNull(text, "NHS number");
        return new NhsNumber(text.replaceAll("[\\s-]", ""));
    }

    /** The check digit for the first nine digits, or -1 when no digit can make the number valid. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /** Written in the 3-3-4 groups people read aloud. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
