package org.epma.hl7.inbound;

import java.util.Objects;

import org.epma.hl7.codes.AllergenType;
import org.epma.hl7.codes.CodedValue;
import org.epma.prescribing.patient.AllergySeverity;

/**
 * An allergy as the patient administration system reports it (AL1).
 *
 * @param type null when AL1-2 is empty
 * @param reaction the AL1-5 reactions joined by "; ", empty when none
 */
public record ReportedAllergy(AllergenType type, CodedValue substance, AllergySeverity severity, String reaction) {

    public ReportedAllergy {
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(severity, "severity");
        reaction = Objects.requireNonNullElse(reaction, "");
    }
}
