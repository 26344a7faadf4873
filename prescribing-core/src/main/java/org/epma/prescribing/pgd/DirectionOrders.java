package org.epma.prescribing.pgd;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where orders started under patient group directions are kept. */
public interface DirectionOrders {

    void add(DirectionOrder order);

    /**
     * Until the current transaction ends, makes any other transaction that asks the same wait: two nurses starting a
     * homely remedy for one patient at once then count each other's dose against the protocol's limits.
     */
    void holdPatient(long patientId);

    Optional<DirectionOrder> find(long prescriptionId);

    Optional<DirectionOrder> byKey(String idempotencyKey);

    /** The patients' orders under directions, newest first. */
    List<DirectionOrder> ofPatients(Collection<Long> patientIds);

    /** Every order under a direction no prescriber has reviewed yet, the earliest due first. */
    List<DirectionOrder> awaitingReview();
}
