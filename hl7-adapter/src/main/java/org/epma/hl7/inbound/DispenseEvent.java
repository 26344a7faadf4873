package org.epma.hl7.inbound;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import org.epma.hl7.codes.CodedValue;
import org.epma.prescribing.patient.HospitalNumber;

/**
 * One dispensed order from an RDS^O13 ORDER group.
 *
 * @param placerOrderNumber ORC-2.1, ePMA's own order id
 * @param giveCode RXD-2, the product dispensed
 * @param units RXD-5; may be empty when the amount counts packs
 * @param prescriptionNumber RXD-7, the pharmacy's own number; empty when not sent
 * @param dispensedBy RXD-10 as "id display name"; empty when not sent
 * @param pharmacy RXD-30 (dispense-to pharmacy) text or code; empty when not sent
 */
public record DispenseEvent(String placerOrderNumber, HospitalNumber hospitalNumber, Instant dispensedAt,
                            CodedValue giveCode, BigDecimal amount, CodedValue units, String prescriptionNumber,
                            String dispensedBy, String pharmacy) {

    public DispenseEvent {
        Objects.requireNonNull(placerOrderNumber, "placerOrderNumber");
        Objects.requireNonNull(hospitalNumber, "hospitalNumber");
        Objects.requireNonNull(dispensedAt, "dispensedAt");
        Objects.requireNonNull(giveCode, "giveCode");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(units, "units");
        prescriptionNumber = Objects.requireNonNullElse(prescriptionNumber, "");
        dispensedBy = Objects.requireNonNullElse(dispensedBy, "");
        pharmacy = Objects.requireNonNullElse(pharmacy, "");
    }
}
