package org.epma.prescribing.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.insulin.CorrectionScale;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

/** An insulin correction order: only for a subcutaneous insulin as needed, its dose range the scale's. */
class CorrectionOrderValidationTest {

    private static final Formulary FORMULARY = FormularyContent.load(path -> {
        try {
            return Files.readString(Path.of("..", "config").resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).formulary();
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final List<CorrectionScale.Band> SCALE = List.of(new CorrectionScale.Band(BigDecimal.ZERO, BigDecimal.ZERO),
            new CorrectionScale.Band(new BigDecimal("8"), new BigDecimal("2")),
            new CorrectionScale.Band(new BigDecimal("12"), new BigDecimal("4")));

    private static OrderRequest correction(String product, String dose, String doseUpTo, String unit, String route, String frequency) {
        return new OrderRequest(product, dose == null ? null : new BigDecimal(dose), doseUpTo == null ? null : new BigDecimal(doseUpTo),
                unit, route, frequency, "PRN".equals(frequency) ? "blood glucose 8 mmol/L or above" : null,
                "PRN".equals(frequency) ? new BigDecimal("4") : null, "PRN".equals(frequency) ? 4 : null, NOW, null, null, null, null,
                null, SCALE);
    }

    private static InvalidInputException refused(OrderRequest request) {
        return assertThrows(InvalidInputException.class, () -> OrderValidation.validate(request, FORMULARY, NOW, false));
    }

    @Test
    void theDoseRangeIsTheScalesSmallestToLargestDoseWhenLeftOut() {
        ValidOrder order = OrderValidation.validate(correction("INSULINASPART-PEN-100U-3ML", null, null, "unit", "SC", "PRN"),
                FORMULARY, NOW, false);
        assertEquals(0, new BigDecimal("2").compareTo(order.dose().amount()));
        assertEquals(0, new BigDecimal("4").compareTo(order.dose().upTo()));
        assertEquals("0=0;8=2;12=4", order.correction().stored());
        assertEquals(order.dose(), OrderValidation.validate(correction("INSULINASPART-PEN-100U-3ML", "2", "4", "unit", "SC", "PRN"),
                FORMULARY, NOW, false).dose(), "the same range written out is accepted");
    }

    @Test
    void aDoseOtherThanTheScalesIsRefusedNamingTheScalesRange() {
        InvalidInputException refused = refused(correction("INSULINASPART-PEN-100U-3ML", "2", "10", "unit", "SC", "PRN"));
        assertEquals("dose", refused.field());
        assertEquals("A correction order's dose is its scale's: 2-4 units.", refused.getMessage());
    }

    @Test
    void aScaleIsOnlyForAnInsulinUnderTheSkinInUnits() {
        assertEquals("correctionScale", refused(correction("ENOXAPARIN-PFS-40", null, null, "mg", "SC", "PRN")).field());
        assertEquals("correctionScale", refused(correction("INSULINSOLUBLE-VIAL-100U-10ML", null, null, "unit", "IV", "PRN")).field());
    }

    @Test
    void aCorrectionDoseIsOrderedAsNeeded() {
        InvalidInputException refused = refused(correction("INSULINASPART-PEN-100U-3ML", null, null, "unit", "SC", "TDS"));
        assertEquals("frequency", refused.field());
        assertEquals("insulin.correction.refusal.asNeeded", refused.wording().code());
    }

    @Test
    void anOrderWithoutAScaleHasNone() {
        OrderRequest plain = new OrderRequest("INSULINASPART-PEN-100U-3ML", new BigDecimal("6"), null, "unit", "SC", "TDS", null, null,
                null, NOW, null, null, null, null, null, List.of());
        assertNull(OrderValidation.validate(plain, FORMULARY, NOW, false).correction());
    }
}
