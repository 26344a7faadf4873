package org.epma.prescribing.infusion.running;

import java.math.BigDecimal;
import java.util.Objects;
import org.epma.prescribing.infusion.DoseRate;
import org.epma.prescribing.infusion.InfusionBag;
import org.epma.prescribing.infusion.InfusionDetails;
import org.epma.prescribing.infusion.InfusionKind;
import org.epma.prescribing.infusion.Titration;
import org.epma.prescribing.infusion.VriiiScale;

/**
 * What the prescription says the bedside runs: the bag, the prescribed rate both ways (no dose rate for a fluid), and the
 * titration bounds a nurse may move the dose rate within (none: the prescribed rate only), or for a VRIII the glucose
 * scale its rate follows.
 */
public record InfusionPlan(InfusionKind kind, InfusionBag bag, BigDecimal rateMlPerHour, DoseRate doseRate, Titration titration,
                           VriiiScale vriii) {

    public InfusionPlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bag, "bag");
        Objects.requireNonNull(rateMlPerHour, "rateMlPerHour");
    }

    public static InfusionPlan of(InfusionDetails details) {
        return new InfusionPlan(details.kind(), new InfusionBag(details.drug(), details.finalVolumeMl(), details.diluentCode()),
                details.rateMlPerHour(), details.doseRate(), details.titration(), details.vriii());
    }

    public RateSetting prescribedRate() {
        return new RateSetting(rateMlPerHour, doseRate);
    }
}
