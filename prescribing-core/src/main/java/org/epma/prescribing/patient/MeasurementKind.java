package org.epma.prescribing.patient;

import org.epma.prescribing.wording.Term;

/** The measurements dose and renal rules read, each in the one unit it is stored in. */
public enum MeasurementKind implements Term {
    WEIGHT("kg"),
    HEIGHT("cm"),
    EGFR("mL/min/1.73m2"),
    CREATININE_CLEARANCE("mL/min"),
    /** For the Cockcroft-Gault estimate of creatinine clearance, with age, sex and weight. */
    SERUM_CREATININE("micromol/L");

    private final String unit;

    MeasurementKind(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }

    @Override
    public String vocabulary() {
        return "measurementKind";
    }
}
