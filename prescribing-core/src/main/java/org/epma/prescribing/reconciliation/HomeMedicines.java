package org.epma.prescribing.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the medicines taken before admission and the reconciliations of stays are kept. */
public interface HomeMedicines {

    /** The first admission of the stay an admission belongs to (admissions joined by transfers), and when it began. */
    record Stay(long admissionId, long patientId, Instant began) {
    }

    /** One current stay as the ward list and pharmacy queue show it: its bed, counts of its list and its completion. */
    record StayOverview(long patientId, String wardCode, String bed, Stay stay, int medicines, int undecided, String completedBy,
                        Instant completedAt) {
    }

    Stay stayOf(long admissionId);

    void add(HomeMedicine medicine);

    Optional<HomeMedicine> find(long id);

    Optional<HomeMedicine> byKey(String idempotencyKey);

    /** The stay's medicines in the order they were recorded. */
    List<HomeMedicine> ofStay(long stayAdmissionId);

    /** Every medicine recorded for the patient before any of their stays, in the order recorded. */
    List<HomeMedicine> ofPatient(long patientId);

    Optional<Reconciliation> reconciliation(long stayAdmissionId);

    void add(Reconciliation reconciliation);

    /** Writes pending changes now, so that a clash shows before the change is audited. */
    void flush();

    /** Every current stay, or those of one ward when {@code wardCode} is given. */
    List<StayOverview> currentStays(String wardCode);
}
