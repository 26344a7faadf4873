package org.epma.pharmacy.verification;

/** What a pharmacist's intervention was about, for the intervention report. */
public enum InterventionCategory { DOSE, INTERACTION, ALLERGY, ROUTE, DUPLICATE, FORMULATION, OTHER }
