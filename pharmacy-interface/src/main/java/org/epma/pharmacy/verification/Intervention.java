package org.epma.pharmacy.verification;

import java.time.Instant;

/** A pharmacist's recorded intervention on an order. */
public record Intervention(long id, long prescriptionId, InterventionCategory category, String note, String recordedBy,
                          Instant recordedAt) {
}
