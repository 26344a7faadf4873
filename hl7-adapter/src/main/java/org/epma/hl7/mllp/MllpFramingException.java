package org.epma.hl7.mllp;

import java.io.IOException;

/** The bytes on the connection do not form an MLLP frame: the connection is still usable for the next frame. */
public class MllpFramingException extends IOException {

    private static final long serialVersionUID = 1L;

    public MllpFramingException(String message) {
        super(message);
    }
}
