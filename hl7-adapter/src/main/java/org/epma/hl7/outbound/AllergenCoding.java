package org.epma.hl7.outbound;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.epma.hl7.codes.AllergenType;
import org.epma.hl7.codes.CodedValue;
import org.epma.prescribing.checks.AllergenCategory;
import org.epma.prescribing.checks.CheckRules.AllergyTerm;
import org.epma.prescribing.patient.AllergySeverity;

/**
 * Turns an allergy as recorded (the words staff typed) into what AL1 says, through the same allergy terms the order
 * checks use: its type from what the term is (a drug, a food, latex …), and the allergen coded where the terms know it,
 * as the formulary ingredient and/or allergy class, so a dispensing system can check against codes, not words.
 */
final class AllergenCoding {

    /** Local coding systems (HL7 table 0396 allows a site's own): the formulary's ingredient names and allergy classes. */
    static final String INGREDIENT_SYSTEM = "EPMA-INGREDIENT";
    static final String CLASS_SYSTEM = "EPMA-ALLERGY-CLASS";

    private final Function<String, Optional<AllergyTerm>> terms;
    private final Set<String> ingredients;

    /**
     * @param terms what recorded words mean (the order checks' allergy terms)
     * @param ingredients the formulary's ingredient names: words no term knows that name one exactly are that ingredient,
     *                    as the order checks read them too
     */
    AllergenCoding(Function<String, Optional<AllergyTerm>> terms, Set<String> ingredients) {
        this.terms = terms;
        this.ingredients = ingredients;
    }

    KnownAllergy allergy(String recorded, AllergySeverity severity, String reaction) {
        CodedValue words = new CodedValue(null, recorded, null);
        Optional<AllergyTerm> known = terms.apply(recorded);
        if (known.isEmpty()) {
            String named = recorded.strip().toLowerCase(Locale.ROOT);
            if (ingredients.contains(named)) {
                return new KnownAllergy(AllergenType.DA, new CodedValue(named, named, INGREDIENT_SYSTEM), null, recorded, severity,
                        reaction);
            }
            // words the terms do not know may still name a medicine: a dispensing system that reads only drug
            // allergies must still see them, so they go as a drug allergy, uncoded
            return new KnownAllergy(AllergenType.DA, words, null, recorded, severity, reaction);
        }
        AllergyTerm term = known.get();
        if (term.category() != AllergenCategory.DRUG) {
            return new KnownAllergy(AllergenType.of(term.category()), words, null, recorded, severity, reaction);
        }
        CodedValue ingredient = ingredient(term, recorded).map(name -> new CodedValue(name, name, INGREDIENT_SYSTEM)).orElse(null);
        CodedValue allergyClass = term.allergyClass() == null ? null
                : new CodedValue(term.allergyClass(), term.allergyClass().toLowerCase(Locale.ROOT).replace('_', ' '), CLASS_SYSTEM);
        if (ingredient != null) {
            return new KnownAllergy(AllergenType.DA, ingredient, allergyClass, recorded, severity, reaction);
        }
        return new KnownAllergy(AllergenType.DA, allergyClass == null ? words : allergyClass, null, recorded, severity, reaction);
    }

    /** The one ingredient the words mean: the term's only ingredient, or the one the words name among several. */
    private static Optional<String> ingredient(AllergyTerm term, String recorded) {
        if (term.ingredients().size() == 1) {
            return Optional.of(term.ingredients().iterator().next());
        }
        String words = recorded.strip().toLowerCase(Locale.ROOT);
        return term.ingredients().stream().filter(words::equals).findFirst();
    }
}
