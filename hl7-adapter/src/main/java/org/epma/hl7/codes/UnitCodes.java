package org.epma.hl7.codes;

import org.epma.prescribing.formulary.Unit;

/**
 * Units as UCUM codes for the coded part and full words for the text a person reads. UCUM writes
 * microgram as "ug" and the international unit as "[iU]"; counted forms are UCUM annotations ("{tablet}"),
 * which UCUM treats as the unit 1 with a label.
 */
public final class UnitCodes {

    public static final String SYSTEM = "UCUM";
    /** The rate an infusion pump is set to (RXE-24 Give Rate Units). */
    public static final CodedValue ML_PER_HOUR = new CodedValue("mL/h", "mL/hour", SYSTEM);

    private UnitCodes() {
    }

    public static CodedValue coded(Unit unit) {
        String ucum = switch (unit) {
            case MICROGRAM -> "ug";
            case MG -> "mg";
            case G -> "g";
            case ML -> "mL";
            case L -> "L";
            case UNIT -> "[iU]";
            case MMOL -> "mmol";
            case HOUR -> "h";
            case TABLET, CAPSULE, DOSE, PATCH, SUPPOSITORY, VIAL, AMPOULE, SACHET -> "{" + unit.symbol() + "}";
        };
        return new CodedValue(ucum, unit.symbol(), SYSTEM);
    }
}
