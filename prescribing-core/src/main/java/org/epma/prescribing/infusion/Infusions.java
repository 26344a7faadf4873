package org.epma.prescribing.infusion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The infusion part of orders, by prescription id. */
public interface Infusions {

    void add(InfusionDetails details);

    Optional<InfusionDetails> find(long prescriptionId);

    /** Those of the given prescriptions that are infusions. */
    List<InfusionDetails> of(Collection<Long> prescriptionIds);
}
