package org.epma.hl7.outbound;

import java.math.BigDecimal;
import java.util.Objects;
import org.epma.prescribing.formulary.Unit;

/**
 * What pharmacy supplies of one medicine going home on a discharge prescription: a quantity in the product's own unit
 * (tablets, mL) meant to last {@code days}. A discharge supply is a new order for the dispensing system, with its own
 * placer number ({@code placerOrderNumber}, ORC-2) so that it never stands for the inpatient order it came from, and the
 * discharge prescription as its placer group ({@code dischargeGroup}, ORC-4), which gathers the medicines supplied together.
 */
public record DischargeSupply(String placerOrderNumber, String dischargeGroup, BigDecimal quantity, Unit unit, int days) {

    public DischargeSupply {
        MessageHeader.requireText(placerOrderNumber, "placerOrderNumber");
        MessageHeader.requireText(dischargeGroup, "dischargeGroup");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        if (quantity.signum() <= 0 || days <= 0) {
            throw new IllegalArgumentException("a supply is a quantity above zero for at least a day: " + quantity + " for " + days);
        }
    }

    /** ORC-2 of a discharge item's supply: distinct from every inpatient order's {@code order-<n>}. */
    public static String placerNumber(long dischargeId, long itemId) {
        return "discharge-" + dischargeId + "-item-" + itemId;
    }

    /** ORC-4: the discharge prescription the medicine was supplied on. */
    public static String group(long dischargeId) {
        return "discharge-" + dischargeId;
    }
}
