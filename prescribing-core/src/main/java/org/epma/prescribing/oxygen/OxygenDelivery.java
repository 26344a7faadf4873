package org.epma.prescribing.oxygen;

import java.math.BigDecimal;
import org.epma.prescribing.refusal.InvalidInputException;

/**
 * A device with its Venturi percentage (only for a Venturi mask) and a flow in litres per minute. The flow is bounded
 * only by what a ward flowmeter shows (0 to 15 L/min); no per-device flow limit is checked here, because the site has
 * not given one with its source.
 */
public record OxygenDelivery(OxygenDevice device, Integer venturiPercent) {

    static final BigDecimal MOST_FLOW = new BigDecimal("15");

    public OxygenDelivery {
        if (device == null) {
            throw new InvalidInputException("device", OxygenSentence.DEVICE_NEEDED.with(), "Say which oxygen device.");
        }
        if (device.needsPercentage() && (venturiPercent == null || !OxygenDevice.VENTURI_PERCENTAGES.contains(venturiPercent))) {
            throw new InvalidInputException("venturiPercent", OxygenSentence.VENTURI_PERCENT.with(),
                    "A Venturi mask is 24, 28, 31, 35, 40 or 60%.");
        }
        if (!device.needsPercentage() && venturiPercent != null) {
            throw new InvalidInputException("venturiPercent", OxygenSentence.PERCENT_ONLY_VENTURI.with(),
                    "Only a Venturi mask has a set percentage.");
        }
    }

    /** A flow a ward flowmeter can show: more than 0 and at most 15 L/min, in steps of 0.1. */
    static void checkFlow(String field, BigDecimal flow) {
        if (flow == null || flow.signum() <= 0 || flow.compareTo(MOST_FLOW) > 0 || flow.stripTrailingZeros().scale() > 1) {
            throw new InvalidInputException(field, OxygenSentence.FLOW_RANGE.with(),
                    "An oxygen flow is more than 0 and at most 15 L/min.");
        }
    }
}
