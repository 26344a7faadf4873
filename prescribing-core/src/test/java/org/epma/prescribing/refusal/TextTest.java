package org.epma.prescribing.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aTextIsStrippedAndABlankOneIsMissing() {
        assertEquals("pain", Text.optional("prnReason", "  pain ", 200));
        assertNull(Text.optional("prnReason", "   ", 200));
        assertNull(Text.optional("prnReason", null, 200));
    }

    @Test
    void aTextLongerThanItsColumnIsRefusedNamingTheFieldWithoutEchoingIt() {
        assertEquals("x".repeat(20), Text.optional("batch", "x".repeat(20), 20));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Text.optional("batch", "y".repeat(21), 20));
        assertEquals("batch", e.field());
        assertFalse(e.getMessage().contains("yyy"), e.getMessage());
    }

    @Test
    void aNulCharacterIsRefusedBecausePostgresqlCannotStoreIt() {
        assertEquals("note", assertThrows(InvalidInputException.class, () -> Text.optional("note", "a\u0000b", 500)).field());
    }

    @Test
    void aRequiredTextSaysWhatIsMissing() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Text.required("reason", " ", 500, "Give the reason."));
        assertEquals("reason", e.field());
        assertEquals("Give the reason.", e.getMessage());
    }

    @Test
    void aRefusalRepeatsAShortValueButOnlyDescribesALongOne() {
        assertEquals("'SOMETIMES'", Text.echo("SOMETIMES"));
        assertEquals("The value given", Text.echo("x".repeat(41)));
        assertEquals("The value given", Text.echo("a\u0000b"));
    }
}
