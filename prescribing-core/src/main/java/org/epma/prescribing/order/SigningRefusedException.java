package org.epma.prescribing.order;

import java.util.List;

/**
 * An order that cannot be signed as it stands: a HARD_STOP alert, or alerts still waiting for an
 * acknowledgement (WARNING) or an override reason (SEVERE). {@code alertKeys} names them.
 */
public class SigningRefusedException extends RuntimeException {

    private final boolean hardStop;
    private final List<String> alertKeys;

    public SigningRefusedException(boolean hardStop, List<String> alertKeys, String message) {
        super(message);
        this.hardStop = hardStop;
        this.alertKeys = List.copyOf(alertKeys);
    }

    public boolean hardStop() {
        return hardStop;
    }

    public List<String> alertKeys() {
        return alertKeys;
    }
}
