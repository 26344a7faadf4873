package org.epma.prescribing.vte;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Where VTE risk assessments are kept, one per admission. */
public interface VteRecords {

    void add(VteAssessment assessment);

    Optional<VteAssessment> ofAdmission(long admissionId);

    /** Of these admissions, the ones with an assessment recorded. */
    Set<Long> assessedAmong(Collection<Long> admissionIds);
}
