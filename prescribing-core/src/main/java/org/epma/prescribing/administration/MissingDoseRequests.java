package org.epma.prescribing.administration;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Nurses' requests to pharmacy for doses not on the ward. */
public interface MissingDoseRequests {

    Optional<MissingDoseRequest> find(long id);

    Optional<MissingDoseRequest> byKey(String idempotencyKey);

    /** Stores a new request and gives it its id. */
    void add(MissingDoseRequest request);

    /** The open (requested or acknowledged) request for an order's lineage, if there is one. */
    Optional<MissingDoseRequest> openFor(long lineageId);

    /** Every open request, oldest first; {@code wardCode} (null: all) narrows to one ward. */
    List<MissingDoseRequest> open(String wardCode);

    /** The open requests of these lineages, oldest first, by lineage. */
    Map<Long, List<MissingDoseRequest>> openOf(Collection<Long> lineageIds);

    /** Every request of these lineages, oldest first, by lineage. */
    Map<Long, List<MissingDoseRequest>> allOf(Collection<Long> lineageIds);
}
