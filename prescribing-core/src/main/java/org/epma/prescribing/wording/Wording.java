package org.epma.prescribing.wording;

import java.util.Map;
import java.util.Objects;

/**
 * A sentence as a message key ({@code code}) and its named arguments. An argument is a number, text (times as the ward
 * reads them, names of medicines and people as written, which stay in English in every language) or a
 * {@code Wording} itself, for a part that is worded in the reader's language too ("08:00 tomorrow").
 */
public record Wording(String code, Map<String, Object> args) {

    public Wording {
        Objects.requireNonNull(code);
        args = Map.copyOf(args);
    }
}
