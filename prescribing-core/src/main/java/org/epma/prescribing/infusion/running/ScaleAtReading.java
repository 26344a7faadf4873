package org.epma.prescribing.infusion.running;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.epma.prescribing.glucose.BloodGlucose;
import org.epma.prescribing.glucose.GlucoseReading;
import org.epma.prescribing.infusion.InfusionDetails;
import org.epma.prescribing.infusion.ScaleRate;
import org.epma.prescribing.infusion.VriiiScale;

/**
 * What a VRIII's scale gives at the patient's latest blood glucose: the reading, and the band's rate in units/hour with the
 * pump's mL/hour through the bag's concentration ({@code mlPerHour} null when the band stops the insulin or gives 0).
 */
public record ScaleAtReading(BigDecimal glucose, Instant measuredAt, boolean hypoglycaemic, ScaleRate rate,
                             BigDecimal mlPerHour) {

    public ScaleAtReading {
        Objects.requireNonNull(glucose, "glucose");
        Objects.requireNonNull(rate, "rate");
    }

    /** Null when the infusion is not a VRIII or no glucose is recorded. */
    static ScaleAtReading of(InfusionDetails infusion, GlucoseReading latest) {
        VriiiScale scale = infusion.vriii();
        if (scale == null || latest == null) {
            return null;
        }
        ScaleRate rate = scale.rateFor(new BloodGlucose(latest.glucose()));
        return new ScaleAtReading(latest.glucose(), latest.measuredAt(), latest.hypoglycaemic(), rate,
                VriiiScale.mlPerHour(rate, InfusionPlan.of(infusion).bag()));
    }
}
