package org.epma.prescribing.ward;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.epma.prescribing.patient.Patient;

/** The patients' stays on wards: each admission, move, discharge or cancellation ends one stay or opens another. */
public interface Admissions {

    /** A patient on a ward now, with the label of their bed (null when they have none). */
    record Occupant(Patient patient, String bed) {
    }

    /** The stay the patient is in now, if they are on a ward. */
    Optional<Admission> current(long patientId);

    /** The patient's most recently ended stay that ended in a discharge. */
    Optional<Admission> lastDischarged(long patientId);

    /** Stores a new stay; its id is known on return. */
    void add(Admission stay);

    /** Writes the stay's changes now, so that a clash shows before the change is audited. */
    void update(Admission stay);

    /** The patients on the ward now, in no particular order. */
    List<Occupant> onWard(String wardCode);

    /** How many patients each ward has now, by ward code; an empty ward is missing. */
    Map<String, Long> occupancy();
}
