package org.epma.prescribing.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Until medicines reconciliation records the patient's medicines before admission, there is no pre-admission list:
 * every discharge prescription says so (its {@code beforeListRecorded} is false), and its comparison cannot find a
 * medicine stopped or changed.
 */
@ApplicationScoped
public class NoPreAdmissionList implements MedicinesBeforeAdmission {

    @Override
    public List<MedicineLine> of(long patientId) {
        return List.of();
    }

    @Override
    public boolean recorded(long patientId) {
        return false;
    }
}
