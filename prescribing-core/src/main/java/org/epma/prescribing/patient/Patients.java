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

    /** The record carrying this NHS number that has not been merged into another, if there is one. */
    Optional<Patient> withNhsNumber(NhsNumber number);

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

    /**
     * The latest measurement of each kind of each of these patients (all of them taken at that latest moment, the
     * latest recorded first): what a ward list shows, however long the patients have been weighed.
     */
    List<Measurement> latestMeasurements(Collection<Long> patientIds);

    /** Every measurement of the patient, the latest taken first (the latest recorded first among those taken together). */
    List<Measurement> measurementsLatestFirst(long patientId);
}
