package org.epma.pharmacy.verification;

import java.time.Instant;
import java.util.List;

/** Pharmacists' recorded interventions on orders. */
public interface Interventions {

    /** Stores a new intervention and returns it with its id. */
    Intervention add(long prescriptionId, InterventionCategory category, String note, String recordedBy, Instant recordedAt);

    /** The interventions on every version of an order, oldest first. */
    List<Intervention> ofLineage(long lineageId);
}
