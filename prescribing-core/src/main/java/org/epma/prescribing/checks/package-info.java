/**
 * The order checks: given the patient's state, their other orders and a proposed order, the alerts of
 * CLINICAL.md, each naming the data row that fired and its public source. Plain Java, no server types.
 */
package org.epma.prescribing.checks;
