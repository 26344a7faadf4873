package org.epma.hl7.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.time.ZoneId;
import org.epma.prescribing.patient.FieldChange;
import org.epma.prescribing.staff.Language;
import org.junit.jupiter.api.Test;

/** PID-15, the language the patient reads their papers in, as the ADT reader hands it to the records. */
class AdtReaderLanguageTest {

    private static FieldChange<Language> languageOf(String pid15) throws Exception {
        String pid = Messages.PID + "|||||||" + pid15; // PID-8 is the last field of Messages.PID; PID-15 is seven on
        try (HapiContext context = new DefaultHapiContext(ValidationContextFactory.noValidation())) {
            context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
            Message message = context.getPipeParser().parse(Messages.of(Messages.msh("ADT^A08^ADT_A01", "adt-lang", "2.5.1"),
                    "EVN|A08|20261123101400", pid));
            return AdtReader.read(message, AdtTrigger.A08, ZoneId.of("Europe/London")).patient().language();
        }
    }

    @Test
    void welshAndEnglishAreReadAsIso639TwoOrThreeLetterCodes() throws Exception {
        assertEquals(FieldChange.replace(Language.CY), languageOf("cy^Welsh^ISO639"));
        assertEquals(FieldChange.replace(Language.CY), languageOf("CYM"));
        assertEquals(FieldChange.replace(Language.CY), languageOf("wel"));
        assertEquals(FieldChange.replace(Language.EN), languageOf("en^English"));
        assertEquals(FieldChange.replace(Language.EN), languageOf("eng"));
    }

    @Test
    void anEmptyFieldOrAnotherLanguageSaysNothingAndTheHl7NullRemovesIt() throws Exception {
        assertEquals(FieldChange.keep(), languageOf(""));
        assertEquals(FieldChange.keep(), languageOf("pl^Polish"));
        assertEquals(FieldChange.remove(), languageOf("\"\""));
    }
}
