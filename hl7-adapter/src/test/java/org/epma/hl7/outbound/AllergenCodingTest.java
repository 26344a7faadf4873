package org.epma.hl7.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.epma.hl7.codes.AllergenType;
import org.epma.hl7.codes.CodedValue;
import org.epma.prescribing.patient.AllergySeverity;
import org.junit.jupiter.api.Test;

class AllergenCodingTest {

    private final AllergenCoding coding = ShippedAllergyTerms.CODING;

    @Test
    void latexIsAnEnvironmentalAllergyInWords() {
        KnownAllergy latex = coding.allergy("Latex", AllergySeverity.MODERATE, "rash");
        assertEquals(AllergenType.EA, latex.type());
        assertEquals(new CodedValue(null, "Latex", null), latex.substance());
        assertEquals("Latex", latex.recordedAs());
    }

    @Test
    void peanutIsAFoodAllergy() {
        assertEquals(AllergenType.FA, coding.allergy("peanut", AllergySeverity.SEVERE, "anaphylaxis").type());
    }

    @Test
    void aDrugIngredientIsCodedWithItsAllergyClassAsTheAlternate() {
        KnownAllergy amoxicillin = coding.allergy("Amoxil", AllergySeverity.SEVERE, "anaphylaxis");
        assertEquals(AllergenType.DA, amoxicillin.type());
        assertEquals(new CodedValue("amoxicillin", "amoxicillin", AllergenCoding.INGREDIENT_SYSTEM), amoxicillin.substance());
        assertEquals(new CodedValue("PENICILLIN", "penicillin", AllergenCoding.CLASS_SYSTEM), amoxicillin.alternate());
        assertEquals("Amoxil", amoxicillin.recordedAs());
    }

    @Test
    void aDrugClassIsCodedAsTheClass() {
        KnownAllergy penicillin = coding.allergy("penicillins", AllergySeverity.SEVERE, "");
        assertEquals(AllergenType.DA, penicillin.type());
        assertEquals(new CodedValue("PENICILLIN", "penicillin", AllergenCoding.CLASS_SYSTEM), penicillin.substance());
        assertEquals(new CodedValue(null, null, null), penicillin.alternate());
    }

    @Test
    void wordsNoTermKnowsThatNameAFormularyIngredientAreThatIngredient() {
        String ingredient = ShippedAllergyTerms.CONTENT.formulary().ingredients().stream()
                .filter(name -> ShippedAllergyTerms.CONTENT.rules().allergyTerm(name).isEmpty()).sorted().findFirst().orElseThrow();
        KnownAllergy allergy = coding.allergy(ingredient.toUpperCase(java.util.Locale.ROOT), AllergySeverity.MILD, "");
        assertEquals(AllergenType.DA, allergy.type());
        assertEquals(new CodedValue(ingredient, ingredient, AllergenCoding.INGREDIENT_SYSTEM), allergy.substance());
    }

    @Test
    void wordsTheTermsDoNotKnowStayADrugAllergyInWords() {
        KnownAllergy unknown = coding.allergy("Zydol", AllergySeverity.UNKNOWN, "");
        assertEquals(AllergenType.DA, unknown.type());
        assertEquals(new CodedValue(null, "Zydol", null), unknown.substance());
    }
}
