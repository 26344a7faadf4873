package org.epma.pharmacy.dispensing;

import java.math.BigDecimal;
import java.time.Instant;

/** A dispensing reported for one of our orders: what, how much, when and by whom. */
public record DispenseRecord(long id, long patientId, long prescriptionId, long lineageId, String placerOrderNumber,
                             String giveCode, BigDecimal amount, String units, Instant dispensedAt, String dispensedBy,
                             String prescriptionNumber, Instant receivedAt) {
}
