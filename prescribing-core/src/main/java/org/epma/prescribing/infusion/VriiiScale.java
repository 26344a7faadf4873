package org.epma.prescribing.infusion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.epma.prescribing.glucose.BloodGlucose;
import org.epma.prescribing.glucose.GlucoseBands;
import org.epma.prescribing.refusal.InvalidInputException;

/**
 * The sliding scale of a variable-rate intravenous insulin infusion (VRIII): rising blood glucose bands, from 0 mmol/L
 * up, each giving a rate in units/hour or "stop". The values are the prescriber's, written on the order as on a UK paper
 * VRIII chart: no rate is built in (the project has no public source for the rates of the JBDS-IP guidance). Every
 * reading has one band, because the first starts at 0 and the last is open above.
 */
public final class VriiiScale {

    /** A band as the prescriber writes it: its lower bound in mmol/L and either a rate or {@code stop}. */
    public record Band(BigDecimal from, BigDecimal unitsPerHour, Boolean stop) {
    }

    /** More rows than a paper VRIII chart holds is a slip, not a scale; and the order's words (500 characters) must hold them. */
    static final int MOST_BANDS = 12;
    private static final BigDecimal HIGHEST_BOUND = new BigDecimal("100");
    /** Above this a rate is a slip of the keyboard (a million of anything), as for every infusion number. */
    private static final BigDecimal IMPLAUSIBLE = new BigDecimal("1000000");
    private static final BigDecimal TENTH = new BigDecimal("0.1");

    private final GlucoseBands<ScaleRate> bands;

    private VriiiScale(GlucoseBands<ScaleRate> bands) {
        this.bands = bands;
    }

    /**
     * The scale as written, or a refusal naming the band and field: at least one band and at most {@value #MOST_BANDS};
     * the first from 0 mmol/L; bounds from 0 to 100 mmol/L to one decimal place (as a reading is), each above the last;
     * each band a rate (0 or more units/hour, to one decimal place, as a pump at 1 unit/mL is set) or stop, not both.
     */
    public static VriiiScale of(List<Band> written) {
        if (written == null || written.isEmpty() || written.size() > MOST_BANDS) {
            throw new InvalidInputException("vriiiScale", InfusionSentence.SCALE_SIZE.with(String.valueOf(MOST_BANDS)),
                    "A VRIII scale has from 1 to " + MOST_BANDS + " glucose bands.");
        }
        List<GlucoseBands.Band<ScaleRate>> bands = new ArrayList<>();
        BigDecimal previous = null;
        for (int i = 0; i < written.size(); i++) {
            Band band = written.get(i);
            String field = "vriiiScale[" + i + "]";
            BigDecimal from = band == null ? null : band.from();
            if (from == null || from.signum() < 0 || from.compareTo(HIGHEST_BOUND) > 0 || from.stripTrailingZeros().scale() > 1) {
                throw new InvalidInputException(field + ".from", InfusionSentence.SCALE_BOUND.with(String.valueOf(i + 1)),
                        "Band " + (i + 1) + ": give its lower bound, from 0 to 100 mmol/L to one decimal place.");
            }
            if (i == 0 && from.signum() != 0) {
                throw new InvalidInputException(field + ".from", InfusionSentence.SCALE_FROM_ZERO.with(),
                        "The first band starts at 0 mmol/L, so that every reading has a row (give the low band its rate or stop).");
            }
            if (previous != null && from.compareTo(previous) <= 0) {
                throw new InvalidInputException(field + ".from", InfusionSentence.SCALE_RISES.with(String.valueOf(i + 1),
                        plain(previous)), "Band " + (i + 1) + " starts above the band before it (" + plain(previous) + " mmol/L).");
            }
            bands.add(new GlucoseBands.Band<>(from, rate(band, field, i + 1)));
            previous = from;
        }
        return new VriiiScale(GlucoseBands.of(bands));
    }

    private static ScaleRate rate(Band band, String field, int number) {
        boolean stop = Boolean.TRUE.equals(band.stop());
        BigDecimal rate = band.unitsPerHour();
        if (stop == (rate != null)) {
            throw new InvalidInputException(field + ".unitsPerHour", InfusionSentence.SCALE_RATE_OR_STOP.with(String.valueOf(number)),
                    "Band " + number + ": give its rate in units/hour, or say it stops the insulin (not both).");
        }
        if (rate != null && (rate.signum() < 0 || rate.compareTo(IMPLAUSIBLE) >= 0 || rate.stripTrailingZeros().scale() > 1)) {
            throw new InvalidInputException(field + ".unitsPerHour", InfusionSentence.SCALE_RATE.with(String.valueOf(number)),
                    "Band " + number + ": a rate is 0 or more units/hour, to one decimal place.");
        }
        return stop ? ScaleRate.stopped() : ScaleRate.of(rate);
    }

    /** What the scale gives for this reading: always a band, since the scale starts at 0. */
    public ScaleRate rateFor(BloodGlucose glucose) {
        return bands.forReading(glucose).orElseThrow();
    }

    /** Whether some band gives this dose rate (in units/hour): a rate not on the scale at all needs a new prescription. */
    public boolean gives(DoseRate rate) {
        return rate != null && rate.unit() == DoseRateUnit.UNITS_PER_HOUR && bands.bands().stream()
                .anyMatch(b -> !b.value().stop() && b.value().unitsPerHour().compareTo(rate.amount()) == 0);
    }

    /** The pump's mL/hour for a band's rate from this bag, rounded as pumps are set; null when the band gives no insulin. */
    public static BigDecimal mlPerHour(ScaleRate rate, InfusionBag bag) {
        if (rate.noInsulin()) {
            return null;
        }
        return InfusionRates.pumpRate(InfusionRates.mlPerHour(rate.doseRate(), bag, null));
    }

    public List<GlucoseBands.Band<ScaleRate>> bands() {
        return bands.bands();
    }

    /** The bands as written, for the API. */
    public List<Band> written() {
        return bands.bands().stream().map(b -> new Band(b.from(), b.value().unitsPerHour(), b.value().stop())).toList();
    }

    /**
     * In words, short enough for the order's instructions, as a VRIII chart reads with readings to one decimal place:
     * "VRIII scale (blood glucose mmol/L: units/hour): 0-3.9: stop; 4-7.9: 1; 8 and above: 2".
     */
    public String display() {
        List<GlucoseBands.Band<ScaleRate>> all = bands.bands();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String range = i + 1 < all.size() ? plain(all.get(i).from()) + "-" + plain(all.get(i + 1).from().subtract(TENTH))
                    : plain(all.get(i).from()) + " and above";
            ScaleRate rate = all.get(i).value();
            rows.add(range + ": " + (rate.stop() ? "stop" : plain(rate.unitsPerHour())));
        }
        return "VRIII scale (blood glucose mmol/L: units/hour): " + String.join("; ", rows);
    }

    /** As stored with the order: "0=STOP;4=1;8=2". */
    public String stored() {
        List<String> rows = new ArrayList<>();
        for (GlucoseBands.Band<ScaleRate> band : bands.bands()) {
            rows.add(plain(band.from()) + "=" + (band.value().stop() ? "STOP" : plain(band.value().unitsPerHour())));
        }
        return String.join(";", rows);
    }

    /** Reads back what {@link #stored()} wrote. */
    public static VriiiScale parse(String stored) {
        Objects.requireNonNull(stored, "stored");
        List<Band> bands = new ArrayList<>();
        for (String row : stored.split(";")) {
            String[] parts = row.split("=", 2);
            boolean stop = "STOP".equals(parts[1]);
            bands.add(new Band(new BigDecimal(parts[0]), stop ? null : new BigDecimal(parts[1]), stop));
        }
        return of(bands);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
