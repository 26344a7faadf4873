package org.epma.prescribing.refusal;

import org.epma.prescribing.wording.Wording;

/**
 * The one place free text from a person is accepted for storing: stripped, refused (naming the field, never echoing
 * the text) when longer than its column or holding NUL (U+0000), which PostgreSQL cannot store in a text column.
 */
public final class Text {

    private Text() {
    }

    /** The longest value a refusal repeats back; a longer one is only described, so an answer stays small. */
    static final int LONGEST_ECHO = 40;

    /** A value for a refusal's message: quoted when short, otherwise "The value given". */
    public static String echo(String value) {
        return value != null && value.length() <= LONGEST_ECHO && value.indexOf('\u0000') < 0 ? "'" + value + "'" : "The value given";
    }

    /**
     * The same value as a sentence argument: the quoted value when short (text as written, which stays as it is in
     * every language), otherwise "the value given" worded in the reader's language.
     */
    public static Object echoed(String value) {
        String echo = echo(value);
        return echo.startsWith("'") ? echo : RefusalSentence.VALUE_GIVEN.with();
    }

    /** The stripped text, or null when it is missing or blank. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidInputException(field, RefusalSentence.TEXT_TOO_LONG.with(field, maxLength), "The " + field + " is at most " + maxLength + " characters.");
        }
        if (stripped.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, RefusalSentence.TEXT_HOLDS_NUL.with(field), "The " + field + " holds a NUL character, which cannot be stored.");
        }
        return stripped;
    }

    /** The stripped text; refused with {@code whenMissing} when missing or blank. */
    public static String required(String field, String value, int maxLength, String whenMissing) {
        return required(field, value, maxLength, null, whenMissing);
    }

    /** The stripped text; refused with {@code whenMissing}, worded as {@code wording}, when missing or blank. */
    public static String required(String field, String value, int maxLength, Wording wording, String whenMissing) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw new InvalidInputException(field, wording, whenMissing);
        }
        return text;
    }
}
