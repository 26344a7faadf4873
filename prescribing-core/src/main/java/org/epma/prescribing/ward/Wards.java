package org.epma.prescribing.ward;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The wards and their beds. */
public interface Wards {

    Optional<Ward> find(String code);

    /** Every ward, by code. */
    List<Ward> all();

    void add(Ward ward);

    Optional<Bed> bed(String wardCode, String label);

    Optional<Bed> bed(long id);

    Set<String> bedLabels(String wardCode);

    /** Stores a new bed; its id is known on return. */
    void add(Bed bed);

    /** How many beds each ward has, by ward code; a ward without beds is missing. */
    Map<String, Long> bedCounts();
}
