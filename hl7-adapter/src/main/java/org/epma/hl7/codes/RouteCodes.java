package org.epma.hl7.codes;

import org.epma.prescribing.formulary.Route;

/**
 * Routes as HL7 table 0162 codes (RXR-1). Table 0162 has no nebulised route, so NEB goes out under the
 * local coding system rather than being folded into IH (inhalation): a dispensing system must supply a
 * nebuliser solution, not an inhaler.
 */
public final class RouteCodes {

    public static final String TABLE = "HL70162";
    public static final String LOCAL_SYSTEM = "EPMA";

    private RouteCodes() {
    }

    public static CodedValue coded(Route route) {
        String table0162 = switch (route) {
            case PO -> "PO";
            case NG -> "NG";
            case PEG -> "GTT";
            case SL -> "SL";
            case BUCCAL -> "B";
            case IV -> "IV";
            case IM -> "IM";
            case SC -> "SC";
            case INH -> "IH";
            case PR -> "PR";
            case TOP -> "TP";
            case TD -> "TD";
            case NASAL -> "NS";
            case EYE -> "OP";
            case IT -> "IT";
            case NEB -> null;
        };
        return table0162 == null
                ? new CodedValue(route.name(), route.words(), LOCAL_SYSTEM)
                : new CodedValue(table0162, route.words(), TABLE);
    }
}
