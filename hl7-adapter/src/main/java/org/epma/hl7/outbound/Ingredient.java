package org.epma.hl7.outbound;

import java.math.BigDecimal;
import java.util.Objects;

import org.epma.prescribing.formulary.Unit;

/** One active ingredient of a combination product and its amount in one unit of the form (one tablet). */
public record Ingredient(String name, BigDecimal amount, Unit unit) {

    public Ingredient {
        MessageHeader.requireText(name, "name");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
    }
}
