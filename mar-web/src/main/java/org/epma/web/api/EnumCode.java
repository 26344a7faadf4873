package org.epma.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.RefusalSentence;
import org.epma.prescribing.refusal.Text;

/**
 * A closed vocabulary's code as a client sends it (any case, spaces around it): one reading, one refusal text, for
 * body fields and, through {@link EnumCodeParameters}, query and path parameters.
 */
public final class EnumCode {

    private EnumCode() {
    }

    /** The constant named by {@code value}; a 400 naming {@code field} when it is missing or not one of them. */
    public static <E extends Enum<E>> E of(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, RefusalSentence.GIVE_FIELD.with(field), "Give the " + field + ".");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> codes = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new InvalidInputException(field, RequestSentence.NOT_ONE_OF.with(Text.echoed(value), String.join(", ", codes)),
                    Text.echo(value) + " is not one of " + codes + ".");
        }
    }
}
