package org.epma.pharmacy.dispensing;

import java.math.BigDecimal;
import java.time.Instant;

/** A dispensing reported for a medicine going home on a discharge prescription: what, how much, when and by whom. */
public record SupplyDispense(long id, long dischargeItemId, String giveCode, BigDecimal amount, String units,
                             Instant dispensedAt, String dispensedBy, String prescriptionNumber, Instant receivedAt) {
}
