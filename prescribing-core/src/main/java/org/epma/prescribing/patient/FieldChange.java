package org.epma.prescribing.patient;

import java.util.Objects;

/**
 * What a message from another system says about one item of a record: nothing (keep what is stored), a new value,
 * or that the value is now unknown. Feeds send only what they know, so "nothing said" must never erase a value.
 */
public sealed interface FieldChange<T> {

    /** The sender said nothing about it: keep the stored value. */
    record Keep<T>() implements FieldChange<T> {
    }

    /** The sender gave this value. */
    record Replace<T>(T value) implements FieldChange<T> {
        public Replace {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The sender said the value is no longer known and asked for it to be removed. */
    record Remove<T>() implements FieldChange<T> {
    }

    static <T> FieldChange<T> keep() {
        return new Keep<>();
    }

    static <T> FieldChange<T> replace(T value) {
        return new Replace<>(value);
    }

    static <T> FieldChange<T> remove() {
        return new Remove<>();
    }

    /** The value after the change: the stored one kept, the new one, or null when removed. */
    default T applyTo(T stored) {
        if (this instanceof Replace<T> replace) {
            return replace.value();
        }
        return this instanceof Remove<T> ? null : stored;
    }

    /** The value a new record takes: the one given, or null when none was. */
    default T given() {
        return this instanceof Replace<T> replace ? replace.value() : null;
    }
}
