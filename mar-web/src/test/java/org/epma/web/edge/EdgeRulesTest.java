package org.epma.web.edge;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

class EdgeRulesTest {

    private static void check(String json) {
        EdgeRules.checkJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static InvalidInputException refused(String json) {
        return assertThrows(InvalidInputException.class, () -> check(json));
    }

    @Test
    void aHugeExponentIsRefusedWithoutEchoingIt() {
        InvalidInputException e = refused("{\"value\":1E+5000000}");
        assertEquals("value", e.field());
        assertFalse(e.getMessage().contains("5000000"), e.getMessage());
        assertEquals("value", refused("{\"value\":1E+2147483647}").field());
        assertEquals("value", refused("{\"value\":1E-2147483647}").field());
    }

    @Test
    void anExponentBeyondWhatJavaCanHoldIsRefusedNotThrown() {
        assertEquals("dose", refused("{\"dose\":1E+99999999999}").field());
        assertEquals("dose", refused("{\"dose\":-1E-2147483649}").field());
    }

    @Test
    void tooManyDigitsOrDecimalPlacesAreRefused() {
        assertEquals("dose", refused("{\"dose\":123456789012345678901}").field());
        assertEquals("dose", refused("{\"dose\":0.00000000001}").field());
        assertEquals("dose", refused("{\"dose\":1E+11}").field());
    }

    @Test
    void ordinaryNumbersPass() {
        assertDoesNotThrow(() -> check("{\"dose\":12.5,\"id\":9223372036854775807,\"tiny\":0.0000000001,\"big\":1E+10,\"n\":-3}"));
    }

    @Test
    void aTextOver1000CharactersIsRefusedNamingItsPlace() {
        assertDoesNotThrow(() -> check("{\"note\":\"" + "x".repeat(1000) + "\"}"));
        assertEquals("note", refused("{\"note\":\"" + "x".repeat(1001) + "\"}").field());
        assertEquals("witness.username", refused("{\"witness\":{\"username\":\"" + "x".repeat(1001) + "\"}}").field());
    }

    @Test
    void aNulCharacterIsRefusedInAnyTextOrKey() {
        assertEquals("familyName", refused("{\"familyName\":\"Ev\\u0000ans\"}").field());
        assertEquals("overrides[1].reason", refused("{\"overrides\":[{\"reason\":\"ok\"},{\"reason\":\"\\u0000\"}]}").field());
        assertEquals("body", refused("{\"a\\u0000\":1}").field());
    }

    @Test
    void aNullInsideAListIsRefusedButANullFieldIsNot() {
        assertEquals("overrides[0]", refused("{\"acknowledgements\":[],\"overrides\":[null]}").field());
        assertEquals("acknowledgements[2]", refused("{\"acknowledgements\":[\"a\",\"b\",null]}").field());
        assertEquals("body[0]", refused("[null]").field());
        assertDoesNotThrow(() -> check("{\"note\":null,\"list\":[[1],{\"a\":null}]}"));
    }

    @Test
    void theIndexCountsNestedObjectsAndArrays() {
        assertEquals("list[2]", refused("{\"list\":[{\"a\":1},[2],null]}").field());
    }

    @Test
    void aDateOutside1900To2200IsRefused() {
        assertEquals("dateOfBirth", refused("{\"dateOfBirth\":\"1899-12-31\"}").field());
        assertEquals("start", refused("{\"start\":\"2201-01-01T00:00:00Z\"}").field());
        assertEquals("start", refused("{\"start\":\"+1000000000-01-01T00:00:00Z\"}").field());
        assertEquals("expiry", refused("{\"expiry\":\"-0001-01-01\"}").field());
        assertDoesNotThrow(() -> check("{\"a\":\"1900-01-01\",\"b\":\"2200-12-31T23:59:59Z\",\"c\":\"2026-11-23T08:00:00+01:00\"}"));
    }

    @Test
    void aTextThatOnlyMentionsAnOldDateIsNotADate() {
        assertDoesNotThrow(() -> check("{\"note\":\"reaction noted in 1850-01-01 records\"}"));
    }

    @Test
    void deepNestingIsRefusedBeforeTheParserGivesUp() {
        assertDoesNotThrow(() -> check("[".repeat(16) + "]".repeat(16)));
        assertEquals("body" + "[0]".repeat(16), refused("[".repeat(5000) + "]".repeat(5000)).field());
    }

    @Test
    void somethingThatIsNotJsonIsLeftForTheMalformedBodyProblem() {
        assertThrows(JsonParsingException.class, () -> check("{\"value\":"));
    }

    @Test
    void parametersKeepTheTextBounds() {
        assertEquals("username", assertThrows(InvalidInputException.class, () -> EdgeRules.checkText("username", "a\u0000b")).field());
        assertEquals("from", assertThrows(InvalidInputException.class, () -> EdgeRules.checkText("from", "30000-01-01")).field());
    }
}
