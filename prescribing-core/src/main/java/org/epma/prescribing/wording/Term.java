package org.epma.prescribing.wording;

import java.util.List;

/**
 * A word of a closed vocabulary (a route, an order's status, a frequency), named in the screens' bundles as
 * {@code vocabulary.CONSTANT}, the key the screens already show it by. Passed as an argument of a sentence, it is worded
 * in the reader's language like the sentence around it, instead of as English text.
 */
public interface Term extends Phrase {

    /** The constant's name, as an enum gives it. */
    String name();

    /** The first part of the bundle key, shared by the whole vocabulary ("route", "orderStatus"). */
    String vocabulary();

    @Override
    default String key() {
        return vocabulary() + "." + name();
    }

    @Override
    default List<String> argNames() {
        return List.of();
    }

    /** This word as a sentence argument. */
    default Wording term() {
        return with();
    }
}
