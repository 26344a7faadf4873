package org.epma.hl7.outbound;

import java.util.Objects;

import org.epma.hl7.codes.AllergenType;
import org.epma.hl7.codes.CodedValue;
import org.epma.prescribing.patient.AllergySeverity;

/**
 * An allergy recorded in ePMA, sent with every order so the dispensing system checks against the same list.
 *
 * @param reaction may be empty
 */
public record KnownAllergy(AllergenType type, CodedValue substance, AllergySeverity severity, String reaction) {

    public KnownAllergy {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(substance, "substance");
        if (substance.isEmpty()) {
            throw new IllegalArgumentException("an allergy needs a substance code or text");
        }
        Objects.requireNonNull(severity, "severity");
        reaction = Objects.requireNonNullElse(reaction, "");
    }
}
