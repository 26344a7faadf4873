package org.epma.prescribing.administration;

import java.util.Objects;
import org.epma.prescribing.wording.Wording;

/**
 * The bedside check stopped a record: nothing was saved, and {@link #getMessage()} says why in one English sentence;
 * {@link #wording()} says the same as a message key and arguments, for a screen in the nurse's language.
 */
public class AdministrationStopped extends RuntimeException {

    private final Stop stop;
    private final transient Wording wording;

    public AdministrationStopped(Stop stop, Wording wording, String message) {
        super(message);
        this.stop = Objects.requireNonNull(stop);
        this.wording = wording;
    }

    public AdministrationStopped(Stop stop, String message) {
        this(stop, null, message);
    }

    public Stop stop() {
        return stop;
    }

    /** The sentence as a message key, or null when only the English sentence exists. */
    public Wording wording() {
        return wording;
    }
}
