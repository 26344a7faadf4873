package org.epma.prescribing.administration;

import java.util.Collection;
import java.util.Set;

/**
 * Which orders run from bags at a rate (continuous infusions and fluids): they have no doses to chart or to record,
 * since giving one "as a dose" would complete the order while its bag still runs. Answered where infusions are kept.
 */
public interface OrdersFromBags {

    /** Those of the given prescriptions that run from bags, in one read. */
    Set<Long> among(Collection<Long> prescriptionIds);
}
