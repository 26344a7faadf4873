package org.epma.prescribing.infusion.running;

/**
 * What a nurse records of a running infusion. A bag is started once; a new bag of the same order is a bag change; a
 * volume is what the pump says has run from the bag in use; a stop is the end of the infusion (a new one is a new order).
 * A strike-through is no event at the bedside: it marks an earlier event as made in error, which the running state then
 * leaves out.
 */
public enum InfusionEventType {
    STARTED, RATE_CHANGED, PAUSED, RESTARTED, BAG_CHANGED, VOLUME_RECORDED, STOPPED, STRUCK_THROUGH;

    /** The events that put a bag up, and so are scanned: wristband and product, as a dose is. */
    public boolean hangsABag() {
        return this == STARTED || this == BAG_CHANGED;
    }
}
