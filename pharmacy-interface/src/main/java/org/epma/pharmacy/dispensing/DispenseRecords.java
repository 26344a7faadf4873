package org.epma.pharmacy.dispensing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.epma.prescribing.order.Prescription;

/** The dispensings reported by dispensing systems, each for one version of one of our orders. */
public interface DispenseRecords {

    /** Stores what was reported for the order, received at {@code receivedAt}; returns the new record's id. */
    long add(Prescription order, Dispensing.Report report, Instant receivedAt);

    /** Stores what was reported for a medicine going home on a discharge prescription; returns the new record's id. */
    long addSupply(long patientId, long dischargeItemId, Dispensing.Report report, Instant receivedAt);

    /** The dispensings of these discharge items, oldest first. */
    List<SupplyDispense> ofDischargeItems(Collection<Long> itemIds);

    /** The dispensings of any version of these orders (by lineage), oldest first. */
    List<DispenseRecord> ofOrders(Collection<Long> lineageIds);
}
