/**
 * Going home: what changed between the medicines a patient took before admission and those they take home, the
 * comparison the discharge prescription, the GP's summary and the patient's own list are written from (NICE NG5,
 * "Medicines optimisation", 1.3: a complete and accurate list at every transfer of care, with what changed and why).
 */
package org.epma.prescribing.discharge;
