package org.epma.prescribing.discharge;

import java.util.List;
import java.util.Optional;

/** Where discharge prescriptions and their items are kept. */
public interface Discharges {

    void add(DischargePrescription discharge);

    void add(DischargeItem item);

    Optional<DischargePrescription> find(long id);

    /** The patient's discharge prescription not yet screened, if one is being written or waits for pharmacy. */
    Optional<DischargePrescription> openFor(long patientId);

    /** The patient's most recent discharge prescription, whatever its state. */
    Optional<DischargePrescription> latestFor(long patientId);

    List<DischargeItem> items(long dischargeId);

    /** Items by id, of any discharge prescription; ids not found are missing. */
    List<DischargeItem> itemsById(java.util.Collection<Long> ids);

    /** Every discharge prescription of the patient, whatever its state, newest first. */
    List<DischargePrescription> ofPatient(long patientId);

    Optional<DischargeItem> item(long itemId);
}
