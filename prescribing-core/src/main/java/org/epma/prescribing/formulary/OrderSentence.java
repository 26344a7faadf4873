package org.epma.prescribing.formulary;

import java.math.BigDecimal;

/** A common way of prescribing a product ("paracetamol 1 g oral four times a day"), offered to pick from. */
public record OrderSentence(String productCode, BigDecimal dose, Unit doseUnit, Route route, String frequency,
                            Integer prnMaxPer24h, BigDecimal prnMinIntervalHours, String prnReason, String source) {
}
