package org.epma.prescribing.infusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.OrderRequest;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.NotFoundException;

/**
 * Prescribing an infusion: it is an order like any other (the product, the amount in the bag, IV, signed, verified, sent
 * to pharmacy, checked for interactions and allergies), with its infusion part beside it. A continuous infusion or a fluid
 * is one bag started once (STAT), ending after its duration when one is given; an intermittent infusion is a dose at its
 * frequency. The order's instructions carry the infusion in words, so every screen and message that shows an order shows
 * how it runs.
 */
@ApplicationScoped
@Transactional
public class InfusionPrescribing {

    private final Prescribing prescribing;
    private final Infusions infusions;
    private final InfusionAlerts alerts;
    private final FormularyContent content;
    private final PatientRecords patients;
    private final Clock clock;

    /** An infusion order: the order and its infusion part. */
    public record InfusionPrescription(Prescription prescription, InfusionDetails infusion) {
    }

    @Inject
    public InfusionPrescribing(Prescribing prescribing, Infusions infusions, InfusionAlerts alerts, FormularyContent content,
                               PatientRecords patients, Clock clock) {
        this.prescribing = prescribing;
        this.infusions = infusions;
        this.alerts = alerts;
        this.content = content;
        this.patients = patients;
        this.clock = clock;
    }

    protected InfusionPrescribing() {
        this(null, null, null, null, null, null);
    }

    /** Every check on an infusion as written, saving nothing; with the bag, rates and daily volume it works out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Checked check(long patientId, InfusionRequest request) {
        InfusionOrder order = validate(patientId, request);
        Prescribing.CheckResult general = prescribing.check(patientId, baseOrder(order, request));
        return new Checked(order, new Prescribing.CheckResult(general.formularyVersion(),
                alerts.adjust(patientId, order, general.alerts(), List.of())));
    }

    /** What checking found: the order as validated, and the alerts. */
    public record Checked(InfusionOrder order, Prescribing.CheckResult result) {
    }

    /** Saves the infusion as a DRAFT order with its infusion part; it is signed as any order. */
    public InfusionPrescription draft(long patientId, InfusionRequest request, Actor by) {
        InfusionOrder order = validate(patientId, request);
        Prescription draft = prescribing.draft(patientId, baseOrder(order, request), by);
        InfusionDetails details = new InfusionDetails(draft.id(), order);
        infusions.add(details);
        return new InfusionPrescription(draft, details);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InfusionPrescription get(long prescriptionId) {
        Prescription prescription = prescribing.get(prescriptionId);
        InfusionDetails details = infusions.find(prescriptionId).orElseThrow(() -> new NotFoundException("infusion", prescriptionId));
        return new InfusionPrescription(prescription, details);
    }

    /** Which of the given orders are infusions, with their infusion part. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InfusionDetails> of(List<Long> prescriptionIds) {
        return infusions.of(new ArrayList<>(prescriptionIds));
    }

    private InfusionOrder validate(long patientId, InfusionRequest request) {
        patients.get(patientId);
        return InfusionValidation.validate(request, content.formulary(), alerts.weightKg(patientId), clock.instant());
    }

    /** The order part of an infusion, as any order is written. */
    static OrderRequest baseOrder(InfusionOrder order, InfusionRequest request) {
        BigDecimal dose = order.readyMade() ? order.bag().finalVolumeMl() : order.bag().drug().amount();
        String unit = order.readyMade() ? Unit.ML.symbol() : order.bag().drug().unit().symbol();
        Frequency frequency = order.kind() == InfusionKind.INTERMITTENT ? order.frequency() : Frequency.STAT;
        Instant end = order.durationHours() == null ? null
                : order.start().plus(Duration.ofMinutes(order.durationHours().multiply(new BigDecimal("60")).longValue()));
        String instructions = order.describe() + (order.instructions() == null ? "" : ". " + order.instructions());
        return new OrderRequest(order.product().code(), dose, null, unit, Route.IV.name(), frequency.name(), null, null, null,
                order.start(), end, null, order.indication(), null, instructions, null);
    }
}
