package org.epma.prescribing.administration;

import java.util.Map;
import java.util.Objects;

/**
 * The bedside check stopped a record: nothing was saved, and {@link #getMessage()} says why in one sentence. A stop a
 * screen words itself (a dose not yet due: when it is due, on the ward's clock) carries its facts in {@link #args()}.
 */
public class AdministrationStopped extends RuntimeException {

    private final Stop stop;
    private final Map<String, String> args;

    public AdministrationStopped(Stop stop, String message) {
        this(stop, message, Map.of());
    }

    public AdministrationStopped(Stop stop, String message, Map<String, String> args) {
        super(message);
        this.stop = Objects.requireNonNull(stop);
        this.args = Map.copyOf(args);
    }

    /** A dose whose window has not opened yet. */
    static AdministrationStopped notDue(DoseNotYetDue dose) {
        return new AdministrationStopped(Stop.NOT_DUE, dose.english(), dose.args());
    }

    public Stop stop() {
        return stop;
    }

    /** The stop's facts by name, for a screen to word it in the reader's language; empty for most stops. */
    public Map<String, String> args() {
        return args;
    }
}
