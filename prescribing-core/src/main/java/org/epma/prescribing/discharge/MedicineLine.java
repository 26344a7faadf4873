package org.epma.prescribing.discharge;

import java.util.Locale;
import java.util.Objects;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;

/**
 * A medicine as one list has it: before admission (as the patient, their GP or their own supply said) or at discharge.
 * {@code product} is null for a medicine recorded in words the formulary does not code; {@code medicine} is its generic
 * name either way, which is what two lists are matched by. {@code reference} names the record the line came from.
 */
public record MedicineLine(String reference, Product product, String medicine, Dose dose, Route route, Frequency frequency) {

    public MedicineLine {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(medicine, "medicine");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(frequency, "frequency");
    }

    public static MedicineLine of(String reference, Product product, Dose dose, Route route, Frequency frequency) {
        return new MedicineLine(reference, product, product.medicine(), dose, route, frequency);
    }

    String medicineKey() {
        return medicine.strip().toLowerCase(Locale.ROOT);
    }
}
