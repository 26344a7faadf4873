package org.epma.prescribing.oxygen;

import java.util.Set;

/**
 * How the oxygen is delivered, as the BTS 2017 guideline (section 10) names the devices used on wards. Only a Venturi
 * mask fixes the percentage of oxygen; its colour-coded valves come in 24, 28, 31, 35, 40 and 60% (BTS 2017, 10.5).
 */
public enum OxygenDevice {
    NASAL_CANNULAE,
    SIMPLE_FACE_MASK,
    VENTURI_MASK,
    RESERVOIR_MASK;

    /** The Venturi valve percentages BTS 2017 lists. */
    public static final Set<Integer> VENTURI_PERCENTAGES = Set.of(24, 28, 31, 35, 40, 60);

    public boolean needsPercentage() {
        return this == VENTURI_MASK;
    }
}
