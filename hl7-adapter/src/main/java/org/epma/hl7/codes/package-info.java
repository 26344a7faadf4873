/**
 * The HL7 v2 code tables and value formats both directions share: sex (0001), allergy type (0127) and
 * severity (0128), route (0162), UCUM units, dosage forms and HL7 date-times.
 */
package org.epma.hl7.codes;
