package org.epma.web.edge;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.web.api.RequestSentence;

/**
 * The bounds every value sent to the API keeps, whatever field it is for: a number of at most 20 significant digits
 * and 10 decimal places (or powers of ten), nesting at most 16 deep, a text of at most 1,000 characters without NUL (U+0000, which PostgreSQL
 * cannot store), a date between 1900 and 2200, and no null inside an array. Fields with tighter limits (a column of
 * 100 characters, a weight of at most 400 kg) are checked by the domain; these bounds keep everything else, such as
 * the cost of printing 1E+5000000, away from it.
 *
 * <p>A refusal names the field (as a path: {@code dose}, {@code witness.username}, {@code overrides[0].reason}) and
 * never repeats the value, so a small hostile request always gets a small answer.
 */
public final class EdgeRules {

    public static final int MAX_PRECISION = 20;
    public static final int MAX_SCALE = 10;
    public static final int MAX_TEXT = 1000;
    /** No request of ours nests deeper than three; the parser's own limit (1,000) fails with a bare RuntimeException. */
    public static final int MAX_DEPTH = 16;
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2200;

    /** A text that is wholly an ISO date or date-time, as JSON-B reads into LocalDate or Instant; group 1 is the year. */
    private static final Pattern DATE = Pattern.compile("[+-]?(\\d{4,})-\\d{2}-\\d{2}(?:[T ].*)?", Pattern.DOTALL);

    // looked up once: Json.createParser looks the provider up through the class loaders on every call
    private static final JsonProvider JSON = JsonProvider.provider();

    private EdgeRules() {
    }

    /**
     * Reads a whole JSON document and refuses the first value out of bounds.
     *
     * @throws jakarta.json.stream.JsonParsingException when it is not JSON at all, for the malformed-body problem
     */
    public static void checkJson(InputStream json) {
        try (JsonParser parser = JSON.createParser(json)) {
            Deque<Place> places = new ArrayDeque<>();
            String key = null;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                String here = places.isEmpty() ? "body" : places.peek().child(key);
                switch (event) {
                    case KEY_NAME -> {
                        key = parser.getString();
                        checkText(places.isEmpty() ? "body" : places.peek().path(), key);
                        continue;
                    }
                    case START_OBJECT -> {
                        tooDeep(places, here);
                        places.push(new Place(places.isEmpty() ? "" : here, false));
                        key = null;
                        continue;
                    }
                    case START_ARRAY -> {
                        tooDeep(places, here);
                        places.push(new Place(places.isEmpty() ? "body" : here, true));
                        key = null;
                        continue;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        places.pop();
                        key = null;
                    }
                    case VALUE_STRING -> checkText(here, parser.getString());
                    case VALUE_NUMBER -> checkNumber(here, parser.getString());
                    case VALUE_NULL -> {
                        if (!places.isEmpty() && places.peek().array) {
                            throw new InvalidInputException(here, RequestSentence.NULL_IN_LIST.with(), "A list cannot hold an empty (null) entry.");
                        }
                    }
                    default -> {
                    }
                }
                if (!places.isEmpty()) {
                    places.peek().next();
                }
            }
        }
    }

    private static void tooDeep(Deque<Place> places, String here) {
        if (places.size() >= MAX_DEPTH) {
            throw new InvalidInputException(here, RequestSentence.NESTED_TOO_DEEP.with(MAX_DEPTH), "Lists and objects nest at most " + MAX_DEPTH + " deep.");
        }
    }

    /** Refuses a number written with more digits or decimal places than any field holds, without echoing it. */
    public static void checkNumber(String field, String number) {
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException | ArithmeticException e) {
            throw outOfBounds(field);
        }
        if (value.precision() > MAX_PRECISION || Math.abs((long) value.scale()) > MAX_SCALE) {
            throw outOfBounds(field);
        }
    }

    /** Refuses a text that is too long, holds NUL, or is a date outside 1900 to 2200, without echoing it. */
    public static void checkText(String field, String text) {
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, RequestSentence.TEXT_TOO_LONG.with(MAX_TEXT), "A text of at most " + MAX_TEXT + " characters is expected.");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, RequestSentence.TEXT_HOLDS_NUL.with(), "The text holds a NUL character, which cannot be stored.");
        }
        Matcher date = DATE.matcher(text);
        if (date.matches()) {
            String year = date.group(1);
            if (year.length() > 4 || Integer.parseInt(year) < EARLIEST_YEAR || Integer.parseInt(year) > LATEST_YEAR) {
                throw new InvalidInputException(field, RequestSentence.DATE_OUT_OF_RANGE.with(EARLIEST_YEAR, LATEST_YEAR),
                        "A date between " + EARLIEST_YEAR + " and " + LATEST_YEAR + " is expected.");
            }
        }
    }

    private static InvalidInputException outOfBounds(String field) {
        return new InvalidInputException(field, RequestSentence.NUMBER_OUT_OF_BOUNDS.with(MAX_PRECISION, MAX_SCALE),
                "A number of at most " + MAX_PRECISION + " significant digits and "
                + MAX_SCALE + " decimal places (or powers of ten) is expected.");
    }

    /** Where the parser is: an object's path, or an array's path and the index of its next element. */
    private static final class Place {
        private final String path;
        private final boolean array;
        private int index;

        Place(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String path() {
            return path.isEmpty() ? "body" : path;
        }

        String child(String key) {
            if (array) {
                return path + "[" + index + "]";
            }
            return path.isEmpty() ? String.valueOf(key) : path + "." + key;
        }

        void next() {
            if (array) {
                index++;
            }
        }
    }
}
