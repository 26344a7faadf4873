package org.epma.hl7.codes;

import java.util.Locale;
import java.util.Optional;

import org.epma.prescribing.checks.AllergenCategory;

/** HL7 table 0127, allergen type (AL1-2). */
public enum AllergenType {
    DA("drug allergy"),
    FA("food allergy"),
    MA("miscellaneous allergy"),
    MC("miscellaneous contraindication"),
    EA("environmental allergy"),
    AA("animal allergy"),
    PA("plant allergy"),
    LA("pollen allergy");

    private final String words;

    AllergenType(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The table 0127 type of an allergen category: a drug is DA, a food FA, latex or nickel EA, and so on. */
    public static AllergenType of(AllergenCategory category) {
        return switch (category) {
            case DRUG -> DA;
            case FOOD -> FA;
            case ENVIRONMENTAL -> EA;
            case ANIMAL -> AA;
            case PLANT -> PA;
            case POLLEN -> LA;
            case MISCELLANEOUS -> MA;
        };
    }

    public static Optional<AllergenType> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
