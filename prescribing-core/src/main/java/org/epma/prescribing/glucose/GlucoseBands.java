package org.epma.prescribing.glucose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.epma.prescribing.refusal.InvalidInputException;

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

    /** More rows than a paper chart's scale holds is a slip, not a scale; and the order's words must hold them. */
    public static final int MOST_BANDS = 12;
    private static final BigDecimal HIGHEST_BOUND = new BigDecimal("100");
    private static final BigDecimal TENTH = new BigDecimal("0.1");

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

    /**
     * Checks the lower bounds of a scale as a prescriber writes it, or refuses naming the band ({@code field[i].from}):
     * from 1 to {@value #MOST_BANDS} bands; the first from 0 mmol/L, so that every reading has a row; each bound from 0
     * to 100 mmol/L to one decimal place (as a reading is), above the one before.
     */
    public static void checkWritten(String field, List<BigDecimal> froms) {
        if (froms == null || froms.isEmpty() || froms.size() > MOST_BANDS) {
            throw new InvalidInputException(field, GlucoseSentence.SCALE_SIZE.with(String.valueOf(MOST_BANDS)),
                    "A glucose scale has from 1 to " + MOST_BANDS + " bands.");
        }
        BigDecimal previous = null;
        for (int i = 0; i < froms.size(); i++) {
            BigDecimal from = froms.get(i);
            String bandField = field + "[" + i + "].from";
            if (from == null || from.signum() < 0 || from.compareTo(HIGHEST_BOUND) > 0 || from.stripTrailingZeros().scale() > 1) {
                throw new InvalidInputException(bandField, GlucoseSentence.SCALE_BOUND.with(String.valueOf(i + 1)),
                        "Band " + (i + 1) + ": give its lower bound, from 0 to 100 mmol/L to one decimal place.");
            }
            if (i == 0 && from.signum() != 0) {
                throw new InvalidInputException(bandField, GlucoseSentence.SCALE_FROM_ZERO.with(),
                        "The first band starts at 0 mmol/L, so that every reading has a row.");
            }
            if (previous != null && from.compareTo(previous) <= 0) {
                throw new InvalidInputException(bandField, GlucoseSentence.SCALE_RISES.with(String.valueOf(i + 1), plain(previous)),
                        "Band " + (i + 1) + " starts above the band before it (" + plain(previous) + " mmol/L).");
            }
            previous = from;
        }
    }

    /** The readings each band covers, as a chart reads with readings to one decimal place: "0-3.9", "4-7.9", "8 and above". */
    public List<String> rangeWords() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            words.add(i + 1 < bands.size() ? plain(bands.get(i).from()) + "-" + plain(bands.get(i + 1).from().subtract(TENTH))
                    : plain(bands.get(i).from()) + " and above");
        }
        return words;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
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
