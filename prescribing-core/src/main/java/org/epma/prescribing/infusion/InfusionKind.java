package org.epma.prescribing.infusion;

/**
 * What sort of infusion an order is. A continuous infusion runs at a rate until stopped or for a duration; an
 * intermittent one gives a dose made up in a volume over some minutes at a frequency (an antibiotic over 30 minutes);
 * a fluid is the bag itself (sodium chloride 0.9% 1 L over 8 hours), with a volume rate and no dose rate.
 */
public enum InfusionKind {
    CONTINUOUS, INTERMITTENT, FLUID
}
