package org.epma.web.api.administration;

import java.math.BigDecimal;
import java.time.Instant;
import org.epma.prescribing.infusion.running.ScaleAtReading;

/**
 * What a VRIII's scale gives at the patient's latest blood glucose: the reading, and the band's rate ({@code stop} when the
 * prescriber's band stops the insulin; {@code mlPerHour} null when it gives no insulin) with its words.
 */
public record VriiiScaleView(BigDecimal glucose, Instant measuredAt, boolean hypoglycaemic, boolean stop,
                             BigDecimal unitsPerHour, BigDecimal mlPerHour, String words) {

    public static VriiiScaleView of(ScaleAtReading scale) {
        if (scale == null) {
            return null;
        }
        return new VriiiScaleView(plain(scale.glucose()), scale.measuredAt(), scale.hypoglycaemic(), scale.rate().stop(),
                plain(scale.rate().unitsPerHour()), plain(scale.mlPerHour()), scale.rate().display());
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
