package org.epma.prescribing.wording;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of sentence the server can send: its message key in the screens' bundles and the names of its
 * arguments. Implemented by enums, so a test can find every key the server may emit and check both bundles hold it.
 */
public interface Phrase {

    String key();

    List<String> argNames();

    /**
     * This sentence with its arguments, given in the order of {@link #argNames()}: a number (a count stays a number,
     * so a bundle can choose its singular), text, or a {@link Wording} for a part worded in the reader's language too.
     */
    default Wording with(Object... values) {
        List<String> names = argNames();
        if (values.length != names.size()) {
            throw new IllegalArgumentException(key() + " takes " + names + ", given " + values.length + " values");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            args.put(names.get(i), value instanceof Wording || value instanceof Number ? value : String.valueOf(value));
        }
        return new Wording(key(), args);
    }
}
