package org.epma.hl7.outbound;

import java.util.Objects;

import org.epma.hl7.codes.AllergenType;
import org.epma.hl7.codes.CodedValue;
import org.epma.prescribing.patient.AllergySeverity;

/**
 * An allergy recorded in ePMA, sent with every order so the dispensing system checks against the same list.
 *
 * @param substance the allergen: coded where it is known (AL1-3.1-3), otherwise the recorded words as text
 * @param alternate a second code for the same allergen (AL1-3.4-6), e.g. the allergy class of an ingredient; may be empty
 * @param recordedAs the words recorded in ePMA (AL1-3.9, original text); may be empty
 * @param reaction may be empty
 */
public record KnownAllergy(AllergenType type, CodedValue substance, CodedValue alternate, String recordedAs,
                           AllergySeverity severity, String reaction) {

    public KnownAllergy {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(substance, "substance");
        if (substance.isEmpty()) {
            throw new IllegalArgumentException("an allergy needs a substance code or text");
        }
        alternate = Objects.requireNonNullElse(alternate, new CodedValue(null, null, null));
        recordedAs = Objects.requireNonNullElse(recordedAs, "");
        Objects.requireNonNull(severity, "severity");
        reaction = Objects.requireNonNullElse(reaction, "");
    }

    /** An allergen with one code (or text) only. */
    public KnownAllergy(AllergenType type, CodedValue substance, AllergySeverity severity, String reaction) {
        this(type, substance, null, "", severity, reaction);
    }
}
