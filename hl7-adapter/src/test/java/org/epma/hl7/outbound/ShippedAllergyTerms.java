package org.epma.hl7.outbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.epma.prescribing.checks.FormularyContent;

/** The allergy terms shipped in config/formulary, loaded once for the tests that code allergies through them. */
final class ShippedAllergyTerms {

    static final FormularyContent CONTENT = FormularyContent.load(path -> {
        try {
            return Files.readString(Path.of("..", "config").resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    static final AllergenCoding CODING = new AllergenCoding(CONTENT.rules()::allergyTerm, CONTENT.formulary().ingredients());

    private ShippedAllergyTerms() {
    }
}
