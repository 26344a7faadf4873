package org.epma.prescribing.patient;

/** Pregnancy and breastfeeding, as the pregnancy checks need them. */
public enum PregnancyStatus { NOT_RECORDED, NOT_APPLICABLE, NOT_PREGNANT, PREGNANT, BREASTFEEDING }
