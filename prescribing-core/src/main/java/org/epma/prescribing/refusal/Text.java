package org.epma.prescribing.refusal;

/**
 * The one place free text from a person is accepted for storing: stripped, refused (naming the field, never echoing
 * the text) when longer than its column or holding NUL (U+0000), which PostgreSQL cannot store in a text column.
 */
public final class Text {

    private Text() {
    }

    /** The stripped text, or null when it is missing or blank. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidInputException(field, "The " + field + " is at most " + maxLength + " characters.");
        }
        if (stripped.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, "The " + field + " holds a NUL character, which cannot be stored.");
        }
        return stripped;
    }

    /** The stripped text; refused with {@code whenMissing} when missing or blank. */
    public static String required(String field, String value, int maxLength, String whenMissing) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw new InvalidInputException(field, whenMissing);
        }
        return text;
    }
}
