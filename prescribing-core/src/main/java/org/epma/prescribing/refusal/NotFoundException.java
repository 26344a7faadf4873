package org.epma.prescribing.refusal;

/** A thing asked for by its identifier that does not exist. */
public class NotFoundException extends RuntimeException {
    private final String what;

    public NotFoundException(String what, Object id) {
        super("No " + what + " with identifier " + id + ".");
        this.what = what;
    }

    public String what() {
        return what;
    }
}
