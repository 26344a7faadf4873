package org.epma.prescribing.pgd;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where orders started under patient group directions are kept. */
public interface DirectionOrders {

    void add(DirectionOrder order);

    Optional<DirectionOrder> find(long prescriptionId);

    Optional<DirectionOrder> byKey(String idempotencyKey);

    /** The patients' orders under directions, newest first. */
    List<DirectionOrder> ofPatients(Collection<Long> patientIds);

    /** Every order under a direction no prescriber has reviewed yet, the earliest due first. */
    List<DirectionOrder> awaitingReview();
}
