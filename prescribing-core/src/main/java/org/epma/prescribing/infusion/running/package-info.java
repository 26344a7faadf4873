/**
 * Running infusions at the bedside: the bags of a continuous infusion or fluid (each scanned through the five rights as a
 * dose is), its rate changes within the prescribed titration bounds, pauses, restarts, volumes read off the pump and the
 * stop, each an event that is never changed; and when the bag in use runs out.
 */
package org.epma.prescribing.infusion.running;
