package org.epma.prescribing.infusion.running;

/** Where an infusion stands after its events: no bag yet, running, paused, or stopped for good. */
public enum InfusionState {
    NOT_STARTED, RUNNING, PAUSED, STOPPED
}
