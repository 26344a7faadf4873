package org.epma.prescribing.discharge;

import java.util.List;

/**
 * A discharge prescription has been screened: the medicines going home with a supply from the hospital may be dispensed.
 * Fired synchronously inside the screening's transaction, like an order event, so what an observer writes (the pharmacy
 * outbox) commits or rolls back with it. Medicines the patient supplies themselves and stopped ones are not listed.
 *
 * @param supplies one per medicine to dispense: its discharge item and the order version it goes home as
 */
public record DischargeSupplied(long dischargeId, long patientId, List<Supply> supplies) {

    public record Supply(long itemId, long prescriptionId) {
    }

    public DischargeSupplied {
        supplies = List.copyOf(supplies);
    }
}
