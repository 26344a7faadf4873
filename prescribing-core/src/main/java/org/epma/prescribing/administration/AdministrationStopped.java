package org.epma.prescribing.administration;

import java.util.LinkedHashMap;
import java.util.Map;
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

    /**
     * A dose whose window has not opened yet. Its arguments are the sentence's ({@code time}, {@code opens}) and the facts
     * a screen words it from itself ("Due at 08:00 tomorrow": {@link DoseNotYetDue#args()}).
     */
    static AdministrationStopped notDue(DoseNotYetDue dose) {
        Map<String, Object> args = new LinkedHashMap<>(dose.args());
        args.put("time", dose.args().get("dueTime"));
        args.put("opens", dose.args().get("opensTime"));
        return new AdministrationStopped(Stop.NOT_DUE, new Wording(StopSentence.NOT_DUE.key(), args), dose.english());
    }

    public Stop stop() {
        return stop;
    }

    /** The sentence as a message key, or null when only the English sentence exists. */
    public Wording wording() {
        return wording;
    }
}
