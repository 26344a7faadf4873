package org.epma.prescribing.patient;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The patients' records: each patient with the allergies and measurements recorded for them. */
public interface Patients {

    Optional<Patient> find(long id);

    /** The patients with these ids, in no particular order; an id with no patient is left out. */
    List<Patient> byIds(Collection<Long> ids);

    Optional<Patient> withHospitalNumber(HospitalNumber number);

    boolean anyWithNhsNumber(NhsNumber number);

    /** Stores a new patient; its id is known on return. */
    void add(Patient patient);

    /** Stores a new allergy; its id is known on return. */
    void add(Allergy allergy);

    void add(Measurement measurement);

    /** The patient's allergies not entered in error, oldest first. */
    List<Allergy> allergies(long patientId);

    /** The allergies of these patients not entered in error, by substance. */
    List<Allergy> allergies(Collection<Long> patientIds);

    /** Every measurement of these patients, the latest taken first. */
    List<Measurement> measurementsLatestFirst(Collection<Long> patientIds);

    /** Every measurement of the patient, the latest taken first (the latest recorded first among those taken together). */
    List<Measurement> measurementsLatestFirst(long patientId);
}
