package org.epma.prescribing.administration;

import java.time.Instant;
import java.util.List;

/**
 * The records already made against an order, as the bedside check reads them: whether a scheduled dose already has a
 * standing record, and the as-needed doses given lately. Records are of the order's lineage, so a dose given under
 * one version of an order counts for the next.
 */
public interface DoseHistory {

    /** Every record of the lineage for one scheduled dose, struck-through records and their corrections included. */
    List<Administration> recordsOfDose(long lineageId, Instant scheduledAt);

    /** Every record of the lineage administered after {@code since}, struck-through records and their corrections included. */
    List<Administration> recordsAdministeredAfter(long lineageId, Instant since);
}
