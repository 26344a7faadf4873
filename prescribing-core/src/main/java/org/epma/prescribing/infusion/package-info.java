/**
 * Infusions: what is in the bag (the drug and its amount in a final volume), its concentration, and the rate both as
 * mL/h, which the pump is set to, and as the dose rate the prescriber thinks in (mg/h, micrograms/kg/min, units/h),
 * each computed from the other with the patient's weight where the rate is per kg. Titration bounds say how far a
 * nurse may adjust the rate without a new prescription. Pure arithmetic: no persistence here.
 */
package org.epma.prescribing.infusion;
