package org.epma.prescribing.order;

import java.util.List;

/**
 * An order that cannot be signed as it stands: a HARD_STOP alert, or alerts still waiting for an
 * acknowledgement (WARNING) or an override reason (SEVERE). {@code alertKeys} names them.
 */
public class SigningRefusedException extends RuntimeException {

    private final boolean hardStop;
    private final boolean needsPrescriber;
    private final List<String> alertKeys;

    public SigningRefusedException(boolean hardStop, List<String> alertKeys, String message) {
        this(hardStop, false, alertKeys, message);
    }

    private SigningRefusedException(boolean hardStop, boolean needsPrescriber, List<String> alertKeys, String message) {
        super(message);
        this.hardStop = hardStop;
        this.needsPrescriber = needsPrescriber;
        this.alertKeys = List.copyOf(alertKeys);
    }

    /** An order started under a patient group direction raised an alert only a prescriber may weigh: no one may override it here. */
    static SigningRefusedException needsPrescriber(List<String> alertKeys, String message) {
        return new SigningRefusedException(true, true, alertKeys, message);
    }

    /** Whether the patient must be referred to a prescriber, rather than the alerts resolved by whoever was signing. */
    public boolean needsPrescriber() {
        return needsPrescriber;
    }

    public boolean hardStop() {
        return hardStop;
    }

    public List<String> alertKeys() {
        return alertKeys;
    }
}
