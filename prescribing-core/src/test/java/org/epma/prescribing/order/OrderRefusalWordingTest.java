package org.epma.prescribing.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.RefusalSentence;
import org.epma.prescribing.wording.Wording;
import org.junit.jupiter.api.Test;

/**
 * A refused order carries its sentence as a message key with arguments beside the English, so a screen words it in the
 * prescriber's language; a route inside the sentence is the route's own bundle key, not English text.
 */
class OrderRefusalWordingTest {

    private static final Formulary FORMULARY = FormularyContent.load(path -> {
        try {
            return Files.readString(Path.of("..", "config").resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).formulary();
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static OrderRequest paracetamol(String productCode, String route, String frequency, Integer durationDays) {
        return new OrderRequest(productCode, new BigDecimal("500"), null, "mg", route, frequency, null, null, null,
                NOW, null, durationDays, null, null, null, null);
    }

    private static InvalidInputException refused(OrderRequest request) {
        return assertThrows(InvalidInputException.class, () -> OrderValidation.validate(request, FORMULARY, NOW, false));
    }

    @Test
    void aRouteTheProductIsNotMadeForIsRefusedWithTheRouteAsItsBundleKey() {
        InvalidInputException e = refused(paracetamol("PARACETAMOL-TAB-500", "IT", "QDS", null));
        assertEquals("route", e.field());
        assertEquals("Paracetamol 500 mg tablets is not given by the intrathecal route.", e.getMessage());
        assertEquals(OrderSentence.NOT_BY_ROUTE.key(), e.wording().code());
        assertEquals(new Wording("route.IT", Map.of()), e.wording().args().get("route"));
        assertEquals(Route.IT.term(), e.wording().args().get("route"));
    }

    @Test
    void anUnknownCodeIsEchoedWhenShortAndOnlyDescribedWhenLong() {
        InvalidInputException shortCode = refused(paracetamol("PARACETAMOL-TAB-500", "PO", "HOURLY", null));
        assertEquals(RefusalSentence.NOT_A_CODE.with("'HOURLY'", "frequency"), shortCode.wording());

        InvalidInputException longCode = refused(paracetamol("X".repeat(60), "PO", "QDS", null));
        assertEquals("The value given is not a medicine in the formulary.", longCode.getMessage());
        assertEquals(OrderSentence.NOT_IN_FORMULARY.with(RefusalSentence.VALUE_GIVEN.with()), longCode.wording());
    }

    @Test
    void aLimitInTheSentenceIsANumberForTheBundleToPlace() {
        InvalidInputException e = refused(paracetamol("PARACETAMOL-TAB-500", "PO", "QDS", 400));
        assertEquals("durationDays", e.field());
        assertEquals(OrderSentence.COURSE_TOO_LONG.key(), e.wording().code());
        assertEquals(366, e.wording().args().get("days"));
    }

    @Test
    void aMissingCodeNamesTheField() {
        InvalidInputException e = refused(paracetamol("PARACETAMOL-TAB-500", " ", "QDS", null));
        assertEquals(RefusalSentence.GIVE_FIELD.with("route"), e.wording());
        assertEquals("Give the route.", e.getMessage());
    }
}
