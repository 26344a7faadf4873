package org.epma.prescribing.administration;

import java.util.Objects;
import org.epma.prescribing.patient.HospitalNumber;

/** A patient's wristband: the hospital number it carries. Whose number it is, is for the caller to look up. */
public record WristbandScan(HospitalNumber hospitalNumber) implements ScanResult {

    public WristbandScan {
        Objects.requireNonNull(hospitalNumber, "hospitalNumber");
    }
}
