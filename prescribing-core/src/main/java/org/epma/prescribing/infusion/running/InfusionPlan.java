package org.epma.prescribing.infusion.running;

import java.math.BigDecimal;
import java.util.Objects;
import org.epma.prescribing.infusion.DoseRate;
import org.epma.prescribing.infusion.InfusionBag;
import org.epma.prescribing.infusion.InfusionDetails;
import org.epma.prescribing.infusion.InfusionKind;
import org.epma.prescribing.infusion.Titration;

/**
 * What the prescription says the bedside runs: the bag, the prescribed rate both ways (no dose rate for a fluid), and the
 * titration bounds a nurse may move the dose rate within (none: the prescribed rate only).
 */
public record InfusionPlan(InfusionKind kind, InfusionBag bag, BigDecimal rateMlPerHour, DoseRate doseRate, Titration titration) {

    public InfusionPlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bag, "bag");
        Objects.requireNonNull(rateMlPerHour, "rateMlPerHour");
    }

    public static InfusionPlan of(InfusionDetails details) {
        return new InfusionPlan(details.kind(), new InfusionBag(details.drug(), details.finalVolumeMl(), details.diluentCode()),
                details.rateMlPerHour(), details.doseRate(), details.titration());
    }

    public RateSetting prescribedRate() {
        return new RateSetting(rateMlPerHour, doseRate);
    }
}
