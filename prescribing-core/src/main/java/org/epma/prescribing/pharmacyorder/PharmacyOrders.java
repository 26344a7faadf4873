package org.epma.prescribing.pharmacyorder;

import java.util.Collection;
import java.util.Map;

/** Reads order versions as dispensing systems are told of them, a batch at a time. */
public interface PharmacyOrders {

    /**
     * The order versions with these prescription ids, by id, read with a fixed number of queries however many there
     * are (one more for each version sent with no verifier of its own); an id not on record is missing.
     */
    Map<Long, PharmacyOrderView> versions(Collection<Long> prescriptionIds);
}
