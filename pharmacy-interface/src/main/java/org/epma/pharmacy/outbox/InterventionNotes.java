package org.epma.pharmacy.outbox;

import java.util.Optional;

/** What pharmacists noted on orders when they intervened, read to say why an order was changed (ORC-16). */
public interface InterventionNotes {

    /** The latest note on either version, or empty when neither has one. */
    Optional<String> latestOn(long prescriptionId, Long otherPrescriptionId);
}
