package org.epma.prescribing.oxygen;

import java.util.Objects;

/**
 * The range of oxygen saturation (SpO2, %) an oxygen prescription aims for. The two BTS ranges are named; any other is
 * the prescriber's own and says why.
 */
public record SaturationTarget(int lowest, int highest, Kind kind, String reason) {

    public enum Kind {
        /** BTS 2017: 94–98% for most acutely ill patients. */
        STANDARD,
        /** BTS 2017: 88–92% for those at risk of hypercapnic (type 2) respiratory failure, e.g. COPD with retention. */
        HYPERCAPNIC_RISK,
        /** A range written for this patient, with the prescriber's reason. */
        PATIENT_SPECIFIC
    }

    public static final SaturationTarget STANDARD = new SaturationTarget(94, 98, Kind.STANDARD, null);
    public static final SaturationTarget HYPERCAPNIC_RISK = new SaturationTarget(88, 92, Kind.HYPERCAPNIC_RISK, null);

    public SaturationTarget {
        Objects.requireNonNull(kind, "kind");
        if (lowest < 0 || highest > 100 || lowest >= highest) {
            throw new IllegalArgumentException("a saturation range runs from a lower to a higher percentage: " + lowest + "–" + highest);
        }
        if (kind == Kind.PATIENT_SPECIFIC && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a patient-specific range says why");
        }
    }

    public static SaturationTarget patientSpecific(int lowest, int highest, String reason) {
        return new SaturationTarget(lowest, highest, Kind.PATIENT_SPECIFIC, reason);
    }

    /** Where a reading falls against the range. */
    public Reading read(int saturation) {
        if (saturation < 0 || saturation > 100) {
            throw new IllegalArgumentException("a saturation is a percentage: " + saturation);
        }
        if (saturation < lowest) {
            return Reading.BELOW;
        }
        return saturation > highest ? Reading.ABOVE : Reading.WITHIN;
    }

    /**
     * A reading against the target. BTS 2017: below the range, increase the oxygen and seek review if it does not
     * recover; above it, step the oxygen down (for a patient at risk of hypercapnia, oxygen above the range is itself a
     * harm).
     */
    public enum Reading { BELOW, WITHIN, ABOVE }

    public String display() {
        return lowest + "–" + highest + "%";
    }
}
