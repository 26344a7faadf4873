package org.epma.prescribing.insulin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.glucose.BloodGlucose;
import org.epma.prescribing.glucose.GlucoseBands;
import org.epma.prescribing.refusal.InvalidInputException;

/**
 * A subcutaneous insulin correction scale ("supplementary" or "correctional" insulin): rising blood glucose bands from
 * 0 mmol/L, each giving a dose in units, 0 where it gives none. The doses are the prescriber's, written on the order as
 * on a UK insulin chart; none is built in. A band that covers readings below 4.0 mmol/L gives nothing: that is
 * hypoglycaemia (JBDS, "The hospital management of hypoglycaemia in adults with diabetes mellitus"), treated on its own.
 */
public final class CorrectionScale {

    /** A band as the prescriber writes it: its lower bound in mmol/L and the dose in units (0: none). */
    public record Band(BigDecimal from, BigDecimal units) {
    }

    /** The formulary group of insulins (config/formulary). */
    public static final String INSULIN_GROUP = "INSULIN";

    /** No dose of anything is a million of its unit, as for every order. */
    private static final BigDecimal IMPLAUSIBLE = new BigDecimal("1000000");

    private final GlucoseBands<BigDecimal> bands;

    private CorrectionScale(GlucoseBands<BigDecimal> bands) {
        this.bands = bands;
    }

    /**
     * The scale as written, or a refusal naming the band and field: the bounds as {@link GlucoseBands#checkWritten} has
     * them; each band's dose 0 or more units to one decimal place (half-unit pens exist); 0 in every band that covers a
     * reading below 4.0 mmol/L; and some band giving insulin.
     */
    public static CorrectionScale of(List<Band> written) {
        GlucoseBands.checkWritten("correctionScale", written == null ? null
                : written.stream().map(band -> band == null ? null : band.from()).toList());
        List<GlucoseBands.Band<BigDecimal>> bands = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            BigDecimal units = written.get(i).units();
            String field = "correctionScale[" + i + "].units";
            if (units == null || units.signum() < 0 || units.compareTo(IMPLAUSIBLE) >= 0 || units.stripTrailingZeros().scale() > 1) {
                throw new InvalidInputException(field, InsulinSentence.BAND_UNITS.with(String.valueOf(i + 1)),
                        "Band " + (i + 1) + ": give its dose, 0 or more units to one decimal place.");
            }
            // the next band's bound is where this band's readings end: below 4.0 they are all hypoglycaemic
            boolean coversHypoglycaemia = written.get(i).from().compareTo(BloodGlucose.HYPOGLYCAEMIA_BELOW) < 0;
            if (coversHypoglycaemia && units.signum() > 0) {
                throw new InvalidInputException(field, InsulinSentence.BAND_BELOW_HYPO.with(String.valueOf(i + 1)),
                        "Band " + (i + 1) + " covers readings below 4.0 mmol/L, hypoglycaemia: it gives no insulin.");
            }
            bands.add(new GlucoseBands.Band<>(written.get(i).from(), units));
        }
        if (bands.stream().noneMatch(b -> b.value().signum() > 0)) {
            throw new InvalidInputException("correctionScale", InsulinSentence.NO_INSULIN_AT_ALL.with(),
                    "A correction scale gives insulin in at least one band.");
        }
        return new CorrectionScale(GlucoseBands.of(bands));
    }

    /** Whether a correction scale may be written for this product by this route: an insulin given subcutaneously in units. */
    public static boolean suits(Product product, Route route, Unit unit) {
        return product.groups().contains(INSULIN_GROUP) && route == Route.SC && product.routes().contains(Route.SC)
                && unit == Unit.UNIT;
    }

    /** The dose at this reading, in units: zero where the scale gives none. Every reading has a band: the first is from 0. */
    public BigDecimal unitsFor(BloodGlucose glucose) {
        return bands.forReading(glucose).orElseThrow();
    }

    /** The smallest dose the scale gives: the bottom of the order's dose range. */
    public BigDecimal lowestDose() {
        return bands.bands().stream().map(GlucoseBands.Band::value).filter(u -> u.signum() > 0).min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The largest dose the scale gives: the top of the order's dose range, which the order checks use. */
    public BigDecimal highestDose() {
        return bands.bands().stream().map(GlucoseBands.Band::value).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The bands as written, for the API. */
    public List<Band> written() {
        return bands.bands().stream().map(b -> new Band(b.from(), b.value())).toList();
    }

    /** In words, as an insulin chart reads: "Correction scale (blood glucose mmol/L: units): 0-7.9: none; 8-11.9: 2; 12 and above: 4". */
    public String display() {
        List<String> ranges = bands.rangeWords();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            BigDecimal units = bands.bands().get(i).value();
            rows.add(ranges.get(i) + ": " + (units.signum() == 0 ? "none" : plain(units)));
        }
        return "Correction scale (blood glucose mmol/L: units): " + String.join("; ", rows);
    }

    /** As stored with the order: "0=0;8=2;12=4". */
    public String stored() {
        List<String> rows = new ArrayList<>();
        for (GlucoseBands.Band<BigDecimal> band : bands.bands()) {
            rows.add(plain(band.from()) + "=" + plain(band.value()));
        }
        return String.join(";", rows);
    }

    /** Reads back what {@link #stored()} wrote. */
    public static CorrectionScale parse(String stored) {
        Objects.requireNonNull(stored, "stored");
        List<Band> bands = new ArrayList<>();
        for (String row : stored.split(";")) {
            String[] parts = row.split("=", 2);
            bands.add(new Band(new BigDecimal(parts[0]), new BigDecimal(parts[1])));
        }
        return of(bands);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CorrectionScale scale && scale.stored().equals(stored());
    }

    @Override
    public int hashCode() {
        return stored().hashCode();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
