package org.epma.prescribing.infusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.epma.prescribing.checks.Alert;
import org.epma.prescribing.checks.AlertCategory;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.order.OrderSpecificChecks;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.Prescriptions;
import org.epma.prescribing.patient.MeasurementKind;
import org.epma.prescribing.patient.PatientRecords;

/**
 * Adds the infusion checks to what the general checks find on an infusion order, so that checking, the draft's alerts and
 * signing all see them. For a continuous infusion the amount in the bag is not a dose: the general single-dose alerts
 * (and their "no dose-range check" INFO) give way to the dose-rate checks. A VRIII with no glucose-containing fluid among
 * the patient's other current orders is a WARNING: JBDS-IP has a substantive fluid run alongside it.
 */
@ApplicationScoped
public class InfusionAlerts implements OrderSpecificChecks {

    private final Infusions infusions;
    private final Prescriptions prescriptions;
    private final PatientRecords patients;
    private final FormularyContent content;
    private final InfusionLimits limits;
    private final Clock clock;

    @Inject
    public InfusionAlerts(Infusions infusions, Prescriptions prescriptions, PatientRecords patients, FormularyContent content,
                          InfusionLimits limits, Clock clock) {
        this.infusions = infusions;
        this.prescriptions = prescriptions;
        this.patients = patients;
        this.content = content;
        this.limits = limits;
        this.clock = clock;
    }

    protected InfusionAlerts() {
        this(null, null, null, null, null, null);
    }

    @Override
    public List<Alert> adjust(Prescription draft, List<Alert> general) {
        return infusions.find(draft.id()).map(details -> adjust(draft.patientId(), order(details, draft), general,
                List.of(draft.id(), draft.supersedesId() == null ? -1L : draft.supersedesId()))).orElse(general);
    }

    /** The general alerts of {@code order} with the infusion checks; {@code leftOut}: orders not counted in the daily fluid. */
    public List<Alert> adjust(long patientId, InfusionOrder order, List<Alert> general, List<Long> leftOut) {
        List<Alert> alerts = new ArrayList<>(general);
        if (order.kind() == InfusionKind.CONTINUOUS) {
            alerts.removeIf(a -> a.category() == AlertCategory.DOSE_SINGLE);
        }
        List<Prescription> others = otherCurrent(patientId, leftOut);
        List<InfusionDetails> otherInfusions = infusions.of(others.stream().map(Prescription::id).toList());
        BigDecimal otherFluid = otherInfusions.stream().map(InfusionDetails::mlIn24h).reduce(BigDecimal.ZERO, BigDecimal::add);
        alerts.addAll(InfusionChecks.check(order, weightKg(patientId), otherFluid, limits));
        if (order.vriii() != null) {
            InfusionChecks.substantiveFluid(order, productsGiven(others, otherInfusions)).ifPresent(alerts::add);
        }
        alerts.sort(Alert.MOST_SEVERE_FIRST);
        return List.copyOf(alerts);
    }

    public BigDecimal weightKg(long patientId) {
        var weight = patients.latestMeasurements(patientId).get(MeasurementKind.WEIGHT);
        return weight == null ? null : weight.value();
    }

    private List<Prescription> otherCurrent(long patientId, List<Long> leftOut) {
        Instant now = clock.instant();
        return prescriptions.current(patientId).stream().filter(p -> !p.endedBy(now) && !leftOut.contains(p.id())).toList();
    }

    /** What the orders give: each order's product, and the diluent each of their infusions is made up in. */
    private List<Product> productsGiven(List<Prescription> orders, List<InfusionDetails> theirInfusions) {
        List<Product> given = new ArrayList<>(orders.stream().map(p -> product(p.productCode())).toList());
        theirInfusions.stream().map(InfusionDetails::diluentCode).filter(Objects::nonNull).map(this::product).forEach(given::add);
        return given;
    }

    /** The order a stored infusion was validated as, for checking it again. */
    InfusionOrder order(InfusionDetails details, Prescription prescription) {
        Product product = product(prescription.productCode());
        Product diluent = details.diluentCode() == null ? null : product(details.diluentCode());
        InfusionBag bag = new InfusionBag(details.drug(), details.finalVolumeMl(), details.diluentCode());
        return new InfusionOrder(details.kind(), product, diluent, bag, details.rateMlPerHour(), details.doseRate(),
                details.durationHours(), details.overMinutes(), details.kind() == InfusionKind.INTERMITTENT ? prescription.frequency() : null,
                details.titration(), details.peripheral(), prescription.startAt(), prescription.indication(), null,
                details.vriii());
    }

    private Product product(String code) {
        return content.formulary().product(Objects.requireNonNull(code)).orElseThrow(() ->
                new IllegalStateException(code + " is not in the formulary"));
    }
}
