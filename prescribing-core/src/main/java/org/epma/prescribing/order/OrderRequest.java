package org.epma.prescribing.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.epma.prescribing.insulin.CorrectionScale;

/**
 * An order as a prescriber writes it, before it is checked against the formulary. Codes are as written
 * (unit "g", route "PO", frequency "QDS"); {@code correctionScale}, for a
 * subcutaneous insulin given as needed by the glucose, the prescriber's bands and the dose each gives; {@link OrderValidation} turns it into a valid order or names the
 * field that is wrong.
 */
public record OrderRequest(String productCode, BigDecimal dose, BigDecimal doseUpTo, String doseUnit, String route,
                           String frequency, String prnReason, BigDecimal prnMinIntervalHours, Integer prnMaxPer24h,
                           Instant start, Instant end, Integer durationDays, String indication, Instant reviewAt,
                           String instructions, List<CorrectionScale.Band> correctionScale) {
}
