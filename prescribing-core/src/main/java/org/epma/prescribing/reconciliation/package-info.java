/**
 * Medicines reconciliation on admission (NICE guideline NG5, "Medicines optimisation", 2015, section 1.3, "Medicines
 * reconciliation": in hospital, within 24 hours of admission): the list of medicines the patient took before the stay, each with where
 * it was learnt from, the prescriber's decision on each (continue or change through an order, withhold, stop), and the
 * pharmacist's completion, refused while any medicine is undecided.
 */
package org.epma.prescribing.reconciliation;
