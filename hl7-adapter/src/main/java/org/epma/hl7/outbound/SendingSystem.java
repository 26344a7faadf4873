package org.epma.hl7.outbound;

import java.util.Objects;

/**
 * Who sends the orders (MSH-4) and whether they are real (MSH-11): a training instance writes T, so a dispensing
 * system never dispenses a demo order; a live one writes P.
 */
public record SendingSystem(String facility, ProcessingId processingId) {

    public SendingSystem {
        Objects.requireNonNull(processingId, "processingId");
        facility = Objects.requireNonNullElse(facility, "");
    }

    /** The sending system of an instance: training mode (no database configured) sends as training, T. */
    public static SendingSystem of(String facility, boolean training) {
        return new SendingSystem(facility, training ? ProcessingId.TRAINING : ProcessingId.PRODUCTION);
    }
}
