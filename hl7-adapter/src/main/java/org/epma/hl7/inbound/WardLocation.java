package org.epma.hl7.inbound;

import java.util.Objects;

/**
 * Where the patient is: PV1-3 point of care (the ward code) and bed.
 *
 * @param bed empty when the patient has no bed yet
 */
public record WardLocation(String wardCode, String bed) {

    public WardLocation {
        Objects.requireNonNull(wardCode, "wardCode");
        bed = Objects.requireNonNullElse(bed, "");
    }
}
