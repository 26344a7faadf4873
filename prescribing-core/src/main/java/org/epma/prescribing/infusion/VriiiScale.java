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

    /** Above this a rate is a slip of the keyboard (a million of anything), as for every infusion number. */
    private static final BigDecimal IMPLAUSIBLE = new BigDecimal("1000000");

    private final GlucoseBands<ScaleRate> bands;

    private VriiiScale(GlucoseBands<ScaleRate> bands) {
        this.bands = bands;
    }

    /**
     * The scale as written, or a refusal naming the band and field: the bounds as {@link GlucoseBands#checkWritten} has
     * them; each band a rate (0 or more units/hour, to one decimal place, as a pump at 1 unit/mL is set) or stop, not both.
     */
    public static VriiiScale of(List<Band> written) {
        GlucoseBands.checkWritten("vriiiScale", written == null ? null
                : written.stream().map(band -> band == null ? null : band.from()).toList());
        List<GlucoseBands.Band<ScaleRate>> bands = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            bands.add(new GlucoseBands.Band<>(written.get(i).from(), rate(written.get(i), "vriiiScale[" + i + "]", i + 1)));
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
        List<String> ranges = bands.rangeWords();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            ScaleRate rate = bands.bands().get(i).value();
            rows.add(ranges.get(i) + ": " + (rate.stop() ? "stop" : plain(rate.unitsPerHour())));
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
