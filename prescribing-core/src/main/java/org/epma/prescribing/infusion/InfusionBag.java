package org.epma.prescribing.infusion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Unit;

/**
 * What one bag or syringe holds: the drug and its amount (none for a plain fluid such as sodium chloride 0.9%), made up
 * to a final volume in mL, and the diluent's formulary code (none for a stocked ready-made bag).
 */
public record InfusionBag(Quantity drug, BigDecimal finalVolumeMl, String diluentCode) {

    public InfusionBag {
        Objects.requireNonNull(finalVolumeMl, "finalVolumeMl");
        if (finalVolumeMl.signum() <= 0) {
            throw new IllegalArgumentException("a bag holds more than 0 mL: " + finalVolumeMl);
        }
        if (drug != null && (drug.amount().signum() <= 0 || drug.unit().isCountOfForm() || drug.unit().dimension() == Unit.Dimension.TIME)) {
            throw new IllegalArgumentException("a drug in a bag is an amount of substance: " + drug);
        }
    }

    /** The drug per mL of the made-up bag; empty for a plain fluid. */
    public Optional<Quantity> concentrationPerMl() {
        return Optional.ofNullable(drug).map(d -> new Quantity(d.amount().divide(finalVolumeMl, MathContext.DECIMAL64), d.unit()));
    }

    /** The drug per litre, as potassium limits are written ("40 mmol/L"); empty for a plain fluid. */
    public Optional<Quantity> concentrationPerLitre() {
        return concentrationPerMl().map(c -> c.times(new BigDecimal("1000")));
    }
}
