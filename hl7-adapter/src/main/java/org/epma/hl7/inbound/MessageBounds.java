package org.epma.hl7.inbound;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How much of a message ePMA will parse: at most 100 repetitions of one field and 500 segments. HAPI builds an object
 * for every repetition, so a frame within the 1 MiB limit that repeats PID-3 a quarter of a million times held a
 * listener thread for tens of seconds and a fuzz test's 65,536 for minutes; no real ADT or RDS^O13 comes near these
 * bounds. A message beyond them is refused before it is parsed.
 */
final class MessageBounds {

    static final int MOST_REPETITIONS = 100;
    static final int MOST_SEGMENTS = 500;

    private MessageBounds() {
    }

    /** Why the message is beyond the bounds, naming the field; empty when it is within them. */
    static Optional<String> exceeded(String message) {
        String[] segments = message.split("[\r\n]+");
        if (segments.length > MOST_SEGMENTS) {
            return Optional.of("The message has " + segments.length + " segments; ePMA reads at most " + MOST_SEGMENTS + ".");
        }
        char fieldSeparator = message.charAt(3);
        char repetitionSeparator = message.length() > 5 ? message.charAt(5) : '~';
        if (repetitionSeparator == fieldSeparator) {
            return Optional.empty(); // no repetition separator declared: HAPI reads no repetitions either
        }
        Pattern fields = Pattern.compile(Pattern.quote(String.valueOf(fieldSeparator)));
        for (String segment : segments) {
            String[] values = fields.split(segment, -1);
            for (int i = 1; i < values.length; i++) {
                if (values[i].chars().filter(c -> c == repetitionSeparator).count() >= MOST_REPETITIONS) {
                    String name = values[0].length() > 3 ? values[0].substring(0, 3) : values[0];
                    int field = name.equals("MSH") ? i + 1 : i;
                    return Optional.of(name + "-" + field + " repeats more than " + MOST_REPETITIONS + " times; ePMA reads at most "
                            + MOST_REPETITIONS + ".");
                }
            }
        }
        return Optional.empty();
    }
}
