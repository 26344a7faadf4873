/**
 * Orders as a dispensing system is told of them: one version of an order with the patient as they are now, their
 * stay, allergies and the clinicians' names, read together so other modules need not read the domain's tables.
 */
package org.epma.prescribing.pharmacyorder;
