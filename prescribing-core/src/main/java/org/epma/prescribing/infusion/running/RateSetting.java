package org.epma.prescribing.infusion.running;

import java.math.BigDecimal;
import java.util.Objects;
import org.epma.prescribing.infusion.DoseRate;

/** The rate a pump runs at, in mL/hour as it is set, and the dose rate that gives (null for a fluid, which has none). */
public record RateSetting(BigDecimal mlPerHour, DoseRate doseRate) {

    public RateSetting {
        Objects.requireNonNull(mlPerHour, "mlPerHour");
        if (mlPerHour.signum() <= 0) {
            throw new IllegalArgumentException("a running pump's rate is more than 0 mL/hour: " + mlPerHour);
        }
    }
}
