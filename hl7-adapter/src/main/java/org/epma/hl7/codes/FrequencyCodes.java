package org.epma.hl7.codes;

import org.epma.prescribing.formulary.Frequency;

/** Frequencies as HL7 table 0335 repeat patterns (TQ1-3, component RPT-1): QxH every x hours, xID x times a day. */
public final class FrequencyCodes {

    public static final String TABLE = "HL70335";

    private FrequencyCodes() {
    }

    public static CodedValue coded(Frequency frequency) {
        String code = switch (frequency) {
            case OD -> "Q1D";
            case BD -> "BID";
            case TDS -> "TID";
            case QDS -> "QID";
            case FIVE -> "5ID";
            case ON -> "QHS";
            case MANE -> "QAM";
            case Q4H -> "Q4H";
            case Q6H -> "Q6H";
            case Q8H -> "Q8H";
            case Q12H -> "Q12H";
            case Q48H -> "Q48H";
            case Q72H -> "Q72H";
            case WEEKLY -> "Q1W";
            case STAT -> "Once";
            case PRN -> "PRN";
        };
        return new CodedValue(code, frequency.words(), TABLE);
    }
}
