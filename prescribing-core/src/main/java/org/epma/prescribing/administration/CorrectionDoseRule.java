package org.epma.prescribing.administration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.epma.prescribing.glucose.BloodGlucose;
import org.epma.prescribing.glucose.GlucoseReading;
import org.epma.prescribing.insulin.CorrectionScale;
import org.epma.prescribing.insulin.InsulinSentence;

/**
 * The dose of an insulin correction order at the bedside: what its scale gives at the patient's latest blood glucose
 * measured by the time of the dose. A reading counts for one dose only (one measured before the order's last dose was
 * already acted on: measure again), a band that gives none stops the dose, and the amount recorded is the scale's.
 */
final class CorrectionDoseRule {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The dose and the reading it follows. */
    record Decided(BigDecimal units, GlucoseReading reading) {

        /** The record's reason: the reading the dose follows, then the nurse's own words if any. */
        String reason(String nurses, ZoneId zone) {
            String basis = "Correction scale at blood glucose " + new BloodGlucose(reading.glucose()).display() + " measured "
                    + reading.measuredAt().atZone(zone).format(TIME);
            return nurses == null ? basis : basis + ": " + nurses;
        }
    }

    private CorrectionDoseRule() {
    }

    /**
     * @param recentLatestFirst the patient's latest readings, latest first
     * @param lastGivenAt       when the order's last standing dose was given, null when none lately
     * @param requested         the amount the nurse entered, null to take the scale's
     */
    static Decided decide(CorrectionScale scale, List<GlucoseReading> recentLatestFirst, Instant administeredAt,
                          Instant lastGivenAt, BigDecimal requested, ZoneId zone) {
        GlucoseReading reading = recentLatestFirst.stream().filter(r -> !r.measuredAt().isAfter(administeredAt)).findFirst()
                .orElseThrow(() -> new AdministrationStopped(Stop.GLUCOSE_NEEDED, InsulinSentence.NEEDS_GLUCOSE.with(),
                        "Record the blood glucose first: a correction dose follows the scale at the latest reading."));
        BloodGlucose glucose = new BloodGlucose(reading.glucose());
        if (lastGivenAt != null && !reading.measuredAt().isAfter(lastGivenAt)) {
            String measured = reading.measuredAt().atZone(zone).format(TIME);
            String given = lastGivenAt.atZone(zone).format(TIME);
            throw new AdministrationStopped(Stop.GLUCOSE_NEEDED, InsulinSentence.READING_BEFORE_LAST_DOSE.with(glucose.display(),
                    measured, given), "The latest blood glucose (" + glucose.display() + " at " + measured
                    + ") was measured before the last correction dose, at " + given + ": measure it again.");
        }
        BigDecimal units = scale.unitsFor(glucose);
        if (units.signum() == 0) {
            throw new AdministrationStopped(Stop.DOSE_NOT_PRESCRIBED, InsulinSentence.SCALE_GIVES_NONE.with(glucose.display()),
                    "At a blood glucose of " + glucose.display() + " the correction scale gives no insulin.");
        }
        if (requested != null && requested.compareTo(units) != 0) {
            String scales = units.stripTrailingZeros().toPlainString();
            String entered = requested.stripTrailingZeros().toPlainString();
            throw new AdministrationStopped(Stop.DOSE_NOT_PRESCRIBED, InsulinSentence.SCALE_GIVES_OTHER.with(glucose.display(),
                    scales, entered), "At a blood glucose of " + glucose.display() + " the correction scale gives " + scales
                    + " units, not " + entered + ".");
        }
        return new Decided(units, reading);
    }
}
