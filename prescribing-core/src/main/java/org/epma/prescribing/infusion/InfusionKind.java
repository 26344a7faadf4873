package org.epma.prescribing.infusion;

/**
 * What sort of infusion an order is. A continuous infusion runs at a rate until stopped or for a duration; an
 * intermittent one gives a dose made up in a volume over some minutes at a frequency (an antibiotic over 30 minutes);
 * a fluid is the bag itself (sodium chloride 0.9% 1 L over 8 hours), with a volume rate and no dose rate.
 */
public enum InfusionKind {
    CONTINUOUS, INTERMITTENT, FLUID;

    /**
     * A continuous infusion or a fluid runs from bags at a rate, started, changed and stopped at the bedside; it has no
     * doses to record (giving it "as a dose" would complete the order while the bag still runs). An intermittent
     * infusion is given as doses at its frequency.
     */
    public boolean runsFromBags() {
        return this != INTERMITTENT;
    }
}
