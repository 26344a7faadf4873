package org.epma.hl7.codes;

import org.epma.prescribing.formulary.Form;

/**
 * Dosage forms (RXE-6, RXO-5). HL7 v2.5.1 leaves the dosage form table to the site, so forms go out under the
 * local coding system with the form's name as code and plain words as text.
 */
public final class FormCodes {

    public static final String LOCAL_SYSTEM = "EPMA";

    private FormCodes() {
    }

    public static CodedValue coded(Form form) {
        String words = switch (form) {
            case TABLET -> "tablet";
            case DISPERSIBLE_TABLET -> "dispersible tablet";
            case MR_TABLET -> "modified-release tablet";
            case CAPSULE -> "capsule";
            case MR_CAPSULE -> "modified-release capsule";
            case ORAL_LIQUID -> "oral liquid";
            case ORAL_POWDER -> "oral powder";
            case SUBLINGUAL_TABLET -> "sublingual tablet";
            case INJECTION -> "injection";
            case INFUSION -> "infusion";
            case PATCH -> "patch";
            case INHALER -> "inhaler";
            case NEBULISER_SOLUTION -> "nebuliser solution";
            case SUPPOSITORY -> "suppository";
            case SPRAY -> "spray";
            case CREAM -> "cream";
            case EYE_DROPS -> "eye drops";
        };
        return new CodedValue(form.name(), words, LOCAL_SYSTEM);
    }
}
