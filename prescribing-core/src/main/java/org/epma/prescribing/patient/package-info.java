/** Patients: identity (hospital and NHS numbers), allergies, measurements and the clinical state the order checks read. */
package org.epma.prescribing.patient;
