/**
 * Patient group directions: written instructions, signed off by a doctor and a pharmacist and authorised by the
 * organisation, under which a named, authorised nurse gives a medicine to a patient in a defined group without an
 * individual prescription (Human Medicines Regulations 2012, regulations 229 to 234 and Schedule 16 Part 4; NICE
 * medicines practice guideline MPG2, "Patient group directions", 2013, updated 2017). The site lists its directions
 * and who is authorised for each in config/; a dose given under one becomes a once-only order marked with the
 * direction, checked like any order, and a prescriber reviews it within the direction's set time.
 */
package org.epma.prescribing.pgd;
