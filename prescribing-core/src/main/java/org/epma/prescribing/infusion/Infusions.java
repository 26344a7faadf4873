package org.epma.prescribing.infusion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The infusion part of orders, by prescription id. */
public interface Infusions {

    void add(InfusionDetails details);

    Optional<InfusionDetails> find(long prescriptionId);

    /** Those of the given prescriptions that are infusions. */
    List<InfusionDetails> of(Collection<Long> prescriptionIds);

    /** Those of the given prescriptions that run from bags ({@link InfusionKind#runsFromBags()}), in one read. */
    default Set<Long> runningFromBags(Collection<Long> prescriptionIds) {
        return prescriptionIds.isEmpty() ? Set.of() : of(prescriptionIds).stream().filter(d -> d.kind().runsFromBags())
                .map(InfusionDetails::prescriptionId).collect(Collectors.toSet());
    }
}
