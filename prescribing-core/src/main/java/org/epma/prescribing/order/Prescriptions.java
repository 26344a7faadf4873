package org.epma.prescribing.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every version of every medicine order, and the alerts each was signed against. */
public interface Prescriptions {

    Optional<Prescription> find(long id);

    /**
     * The order, its row locked until the transaction ends: records of one order are made one at a time, so two nurses
     * recording the same dose cannot both succeed.
     */
    Optional<Prescription> findLocked(long id);

    /** A number for a new order from the prescription sequence; the first version's id is its lineage. */
    long nextId();

    void add(Prescription prescription);

    /** Every version of every order of the patient, newest first. */
    List<Prescription> ofPatient(long patientId);

    /** The versions of one order, oldest first. */
    List<Prescription> versions(long lineageId);

    /** The patient's orders in a current status ({@link PrescriptionStatus#CURRENT}), by lineage. */
    List<Prescription> current(long patientId);

    /** The current orders of several patients, by patient and lineage. */
    List<Prescription> currentOf(Collection<Long> patientIds);

    /**
     * The patient's orders in one of {@code statuses} that were in force at some time between {@code from} and
     * {@code to}: started before {@code to}, not ended by {@code from}, and either current or stopped after
     * {@code from}; by lineage and version.
     */
    List<Prescription> inForce(long patientId, Set<PrescriptionStatus> statuses, Instant from, Instant to);

    List<Prescription> byIds(Collection<Long> ids);

    /**
     * Up to {@code limit} current orders whose planned end has come by {@code now}, locked for completing; rows another
     * transaction holds are skipped, not waited for.
     */
    List<Long> endedAndUnclaimed(Instant now, int limit);

    /** The alerts an order was signed against, in the order they were raised. */
    List<PrescriptionAlert> signedAlerts(long prescriptionId);

    void addAlert(PrescriptionAlert alert);
}
