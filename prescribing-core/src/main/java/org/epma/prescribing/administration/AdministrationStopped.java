package org.epma.prescribing.administration;

import java.util.Objects;

/** The bedside check stopped a record: nothing was saved, and {@link #getMessage()} says why in one sentence. */
public class AdministrationStopped extends RuntimeException {

    private final Stop stop;

    public AdministrationStopped(Stop stop, String message) {
        super(message);
        this.stop = Objects.requireNonNull(stop);
    }

    public Stop stop() {
        return stop;
    }
}
