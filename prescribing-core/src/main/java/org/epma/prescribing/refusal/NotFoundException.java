package org.epma.prescribing.refusal;

/** A thing asked for by its identifier that does not exist. */
public class NotFoundException extends RuntimeException {
    private final String what;
    private final transient Object id;

    public NotFoundException(String what, Object id) {
        super("No " + what + " with identifier " + id + ".");
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public Object id() {
        return id;
    }
}
