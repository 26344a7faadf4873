package org.epma.prescribing.patient;

import java.util.Locale;
import java.util.Objects;
import org.epma.prescribing.refusal.InvalidInputException;

/** The hospital's own patient identifier (the one printed on the wristband barcode). */
public record HospitalNumber(String value) {

    public HospitalNumber {
        Objects.requireNonNull(value, "hospital number");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z0-9]{4,20}")) {
            throw new InvalidInputException("hospitalNumber", PatientSentence.HOSPITAL_NUMBER_FORM.with(), "A hospital number is 4 to 20 letters and digits.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
