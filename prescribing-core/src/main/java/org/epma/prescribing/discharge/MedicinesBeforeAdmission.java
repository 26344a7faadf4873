package org.epma.prescribing.discharge;

import java.util.List;

/**
 * The medicines the patient took before this admission, as reconciliation recorded them: what the discharge
 * prescription is compared with. Empty when no list was recorded, and then every medicine going home is new to the GP's
 * eyes: the discharge prescription says that no pre-admission list was recorded, so the comparison is not mistaken for one.
 */
public interface MedicinesBeforeAdmission {

    /** The patient's pre-admission medicines for their current stay, or none when no list was recorded. */
    List<MedicineLine> of(long patientId);

    /** Whether a pre-admission list was recorded for the patient's current stay (it may be recorded as empty). */
    boolean recorded(long patientId);
}
