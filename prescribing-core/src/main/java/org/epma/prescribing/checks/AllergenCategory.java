package org.epma.prescribing.checks;

/**
 * What kind of thing a recorded allergy is to. Only a drug allergy is checked against orders; the others are kept
 * so that everyone who reads the allergy list (a dispensing system too) knows what it is.
 */
public enum AllergenCategory {
    DRUG,
    FOOD,
    ENVIRONMENTAL,
    ANIMAL,
    PLANT,
    POLLEN,
    MISCELLANEOUS
}
