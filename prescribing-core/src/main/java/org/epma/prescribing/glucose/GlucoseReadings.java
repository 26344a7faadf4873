package org.epma.prescribing.glucose;

import java.util.List;

/** Where bedside glucose readings are kept. */
public interface GlucoseReadings {

    void add(GlucoseReading reading);

    /** The patient's readings, latest first, at most {@code limit}. */
    List<GlucoseReading> latest(long patientId, int limit);
}
