package org.epma.prescribing.glucose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table by blood glucose band: each band from its lower bound (included) to the next band's lower bound, the last one
 * open above. Used for a VRIII's rate (units/hour) and for correction doses (units). Bands follow each other without gap
 * or overlap, so every reading from the first bound up has exactly one row; below the first bound the table says
 * nothing (hypoglycaemia is handled on its own, before any table).
 *
 * @param <V> what a band gives: a rate, a dose
 */
public final class GlucoseBands<V> {

    /** A band: from {@code from} mmol/L (included) to the next band's {@code from}. */
    public record Band<V>(BigDecimal from, V value) {
        public Band {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(value, "value");
        }
    }

    private final List<Band<V>> bands;

    private GlucoseBands(List<Band<V>> bands) {
        this.bands = bands;
    }

    /** Bands in rising order of their lower bounds; at least one, no bound repeated. */
    public static <V> GlucoseBands<V> of(List<Band<V>> bands) {
        if (bands == null || bands.isEmpty()) {
            throw new IllegalArgumentException("a glucose table has at least one band");
        }
        List<Band<V>> copy = new ArrayList<>(bands);
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).from().compareTo(copy.get(i - 1).from()) <= 0) {
                throw new IllegalArgumentException("glucose bands rise without overlap: " + copy.get(i - 1).from() + " then "
                        + copy.get(i).from());
            }
        }
        return new GlucoseBands<>(List.copyOf(copy));
    }

    /** The band's value for this reading; empty below the first band. */
    public Optional<V> forReading(BloodGlucose glucose) {
        V found = null;
        for (Band<V> band : bands) {
            if (glucose.mmolPerL().compareTo(band.from()) >= 0) {
                found = band.value();
            }
        }
        return Optional.ofNullable(found);
    }

    public List<Band<V>> bands() {
        return bands;
    }
}
