package org.epma.web.api.pharmacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.epma.pharmacy.outbox.MessageType;
import org.epma.pharmacy.outbox.OrderControl;
import org.epma.pharmacy.outbox.OutboxMessage;
import org.epma.pharmacy.outbox.OutboxStatus;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.Prescriptions;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.Patients;

/**
 * The interface messages as a pharmacist reads them: each outbox row with whom it is about (name and hospital number)
 * and which medicine, read from the records rather than from the HL7 text, so a message is recognisable whatever it
 * carries and however its segments are written.
 */
@ApplicationScoped
public class InterfaceMessageViews {

    /**
     * An outbound message and its outbox state, with the patient ({@code hospitalNumber}, {@code givenName},
     * {@code familyName}) and the order's {@code medicine} (the product's name); null where the record is gone.
     * {@code dischargeItemId}: the medicine of a discharge prescription whose supply the message asks for (docs/hl7.md,
     * "Discharge supply"); null for a message about an inpatient order.
     */
    public record InterfaceMessageView(long id, String destination, long patientId, long prescriptionId, OrderControl control,
                                       MessageType type, String controlId, OutboxStatus status, int attempts, Instant createdAt,
                                       Instant nextAttemptAt, String payload, String lastError, String ack, Instant deliveredAt,
                                       Instant parkedAt, String eventReason, String hospitalNumber, String givenName,
                                       String familyName, String medicine, Long dischargeItemId) {
    }

    @Inject
    Patients patients;

    @Inject
    Prescriptions prescriptions;

    @Inject
    FormularyContent content;

    @Transactional
    public List<InterfaceMessageView> views(List<OutboxMessage> messages) {
        Map<Long, Patient> people = patients.byIds(messages.stream().map(OutboxMessage::patientId).distinct().toList()).stream()
                .collect(Collectors.toMap(Patient::id, Function.identity()));
        Map<Long, Prescription> orders = prescriptions.byIds(messages.stream().map(OutboxMessage::prescriptionId).distinct().toList())
                .stream().collect(Collectors.toMap(Prescription::id, Function.identity()));
        return messages.stream().map(m -> view(m, people.get(m.patientId()), orders.get(m.prescriptionId()))).toList();
    }

    private InterfaceMessageView view(OutboxMessage m, Patient patient, Prescription order) {
        Product product = order == null ? null : content.formulary().product(order.productCode()).orElse(null);
        return new InterfaceMessageView(m.id(), m.destination(), m.patientId(), m.prescriptionId(), m.control(), m.type(),
                m.controlId(), m.status(), m.attempts(), m.createdAt(), m.nextAttemptAt(), m.payload(), m.lastError(), m.ack(),
                m.deliveredAt(), m.parkedAt(), m.eventReason(),
                patient == null ? null : patient.hospitalNumber().value(), patient == null ? null : patient.givenName(),
                patient == null ? null : patient.familyName(),
                product == null ? (order == null ? null : order.productCode()) : product.name(), m.dischargeItemId());
    }
}
