package org.epma.web.api.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.epma.prescribing.administration.AdministrationChart;
import org.epma.prescribing.administration.Administration;
import org.epma.prescribing.administration.ChartDose;
import org.epma.prescribing.administration.MissingDoseRequest;
import org.epma.prescribing.administration.Outcome;
import org.epma.prescribing.administration.PrnEffect;
import org.epma.prescribing.administration.SecondCheckRegister;
import org.epma.prescribing.administration.SecondChecks;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.glucose.BloodGlucose;
import org.epma.prescribing.glucose.GlucoseReadings;
import org.epma.prescribing.insulin.CorrectionScale;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;

/** The JSON shapes of the drug round, the administration chart and its records. */
@ApplicationScoped
public class AdministrationViews {

    /**
     * An order as the bedside screens need it: what to give, how, and the flags a nurse must see. {@code secondCheck}:
     * the site's reason when a second registered person checks each dose (config/second-checks.csv), else null.
     * {@code correctionScaleText}: an insulin correction order's scale in words; {@code correctionNow}: what it gives at the
     * patient's latest blood glucose (null with no reading). The bedside check decides the dose again when it is recorded.
     */
    public record OrderSummary(long id, long lineageId, int version, String status, String productCode, String productName,
                               String medicine, String description, BigDecimal dose, BigDecimal doseUpTo, String doseUnit,
                               String route, String frequency, String prnReason, BigDecimal prnMinIntervalHours,
                               Integer prnMaxPer24h, String instructions, boolean critical, boolean highAlert,
                               Integer controlledDrugSchedule, String secondCheck, boolean verified, String productPer,
                               List<String> doseUnits, String correctionScaleText, CorrectionNow correctionNow) {
    }

    /** What an insulin correction scale gives at the latest blood glucose: the reading, when it was taken, the units. */
    public record CorrectionNow(BigDecimal glucose, Instant measuredAt, BigDecimal units) {
    }

    public record DoseView(long prescriptionId, long lineageId, Instant scheduledAt, Instant windowOpens, Instant windowCloses,
                           String state, Long administrationId, OrderSummary order) {
    }

    /** {@code amountGivenInLast24Hours} is the sum of the amounts recorded, in {@code amountGivenUnit} (the order's unit). */
    public record PrnView(OrderSummary order, boolean availableNow, String limitMessage, Instant nextFrom,
                          int givenInLast24Hours, Instant lastGivenAt, BigDecimal amountGivenInLast24Hours,
                          String amountGivenUnit) {
    }

    public record EffectDueView(long administrationId, long prescriptionId, String description, Instant givenAt, Instant promptFrom) {
    }

    public record EffectView(long id, long administrationId, String effect, Instant recordedAt, String recordedBy) {
    }

    public record MissingDoseView(long id, long patientId, long prescriptionId, long lineageId, String wardCode, String note,
                                  String status, String requestedBy, Instant requestedAt, String updatedBy, Instant updatedAt,
                                  String updateNote, String description) {
    }

    public record AdministrationView(long id, long prescriptionId, long lineageId, Instant scheduledAt, String outcome,
                                     String notGivenReason, String note, BigDecimal dose, String doseUnit, String doseText,
                                     BigDecimal quantity, String quantityUnit, String route, String site, String productCode,
                                     String productName, String gtin, String batch, LocalDate expiry, String serial,
                                     String identifiedBy, String manualReason, String prnReason, String timingReason,
                                     Instant administeredAt, Instant recordedAt, String recordedBy, String recordedByName,
                                     String witnessedBy, String witnessedByName, Long correctsId, Long struckThroughBy,
                                     String struckThroughReason, boolean late, List<EffectView> effects) {
    }

    @Inject
    FormularyContent content;

    @Inject
    StaffAccounts staff;

    @Inject
    Prescribing prescribing;

    @Inject
    SecondCheckRegister secondChecks;

    @Inject
    GlucoseReadings glucose;

    OrderSummary order(Prescription p, Product product) {
        CorrectionScale correction = p.correctionScale();
        return new OrderSummary(p.id(), p.lineageId(), p.versionNo(), p.status().name(), p.productCode(), product.name(),
                product.medicine(), p.line(content.formulary()).describe(), p.dose(), p.doseUpTo(), p.doseUnit(),
                p.route().name(), p.frequency().name(), p.prnReason(), p.prnMinIntervalHours(), p.prnMaxPer24h(),
                p.instructions(), product.critical(), product.highAlert(), product.cdSchedule(),
                secondChecks.checks().ruleFor(product, p.route()).map(SecondChecks.Rule::reason).orElse(null), p.verifiedAt() != null,
                product.per().display(), product.doseUnits().stream().map(Unit::symbol).toList(),
                correction == null ? null : correction.display(), correction == null ? null : correctionNow(p.patientId(), correction));
    }

    private CorrectionNow correctionNow(long patientId, CorrectionScale scale) {
        return glucose.latest(patientId, 1).stream().findFirst().map(reading -> new CorrectionNow(reading.glucose(),
                reading.measuredAt(), scale.unitsFor(new BloodGlucose(reading.glucose())))).orElse(null);
    }

    OrderSummary order(Prescription p) {
        return order(p, content.formulary().product(p.productCode()).orElseThrow());
    }

    DoseView dose(ChartDose dose, OrderSummary order) {
        return new DoseView(dose.prescriptionId(), dose.lineageId(), dose.scheduledAt(), dose.window().opens(),
                dose.window().closes(), dose.state().name(), dose.record() == null ? null : dose.record().id(), order);
    }

    PrnView prn(AdministrationChart.PrnState prn, OrderSummary order) {
        return new PrnView(order, prn.availableNow(), prn.limitMessage(), prn.nextFrom(), prn.givenInLast24Hours(),
                prn.lastGiven() == null ? null : prn.lastGiven().administeredAt(),
                prn.amountInLast24Hours().total().amount(), prn.amountInLast24Hours().total().unit().symbol());
    }

    MissingDoseView missingDose(MissingDoseRequest r, String description) {
        return new MissingDoseView(r.id(), r.patientId(), r.prescriptionId(), r.lineageId(), r.wardCode(), r.note(),
                r.status().name(), r.requestedBy(), r.requestedAt(), r.updatedBy(), r.updatedAt(), r.updateNote(), description);
    }

    public MissingDoseView missingDose(MissingDoseRequest r) {
        return missingDose(r, order(prescribing.get(r.prescriptionId())).description());
    }

    EffectView effect(PrnEffect e) {
        return new EffectView(e.id(), e.administrationId(), e.effect(), e.recordedAt(), e.recordedBy());
    }

    /** The views of records, each knowing whether a later record struck it through. */
    List<AdministrationView> administrations(Collection<Administration> records, Map<Long, List<PrnEffect>> effects) {
        Map<Long, Administration> corrections = records.stream().filter(a -> a.outcome() == Outcome.IN_ERROR)
                .collect(Collectors.toMap(Administration::correctsId, Function.identity(), (a, b) -> a));
        Map<String, String> names = new HashMap<>();
        records.stream().flatMap(a -> Stream.of(a.recordedBy(), a.witnessedBy())).filter(Objects::nonNull)
                .distinct().forEach(user -> names.put(user, staff.find(user).map(StaffUser::displayName).orElse(user)));
        return records.stream().map(a -> administration(a, corrections.get(a.id()), effects.getOrDefault(a.id(), List.of()), names))
                .toList();
    }

    AdministrationView administration(Administration a) {
        return administrations(List.of(a), Map.of()).get(0);
    }

    private AdministrationView administration(Administration a, Administration correction, List<PrnEffect> effects,
                                              Map<String, String> names) {
        Product product = a.productCode() == null ? null : content.formulary().product(a.productCode()).orElse(null);
        String doseText = a.dose() == null ? null : Unit.parse(a.doseUnit()).map(u -> new Quantity(a.dose(), u).display()).orElse(null);
        return new AdministrationView(a.id(), a.prescriptionId(), a.lineageId(), a.scheduledAt(), a.outcome().name(),
                a.notGivenReason() == null ? null : a.notGivenReason().name(), a.note(), a.dose(), a.doseUnit(), doseText,
                a.quantity(), product == null || a.quantity() == null ? null : product.per().unit().symbol(),
                a.route() == null ? null : a.route().name(), a.site(), a.productCode(), product == null ? null : product.name(),
                a.gtin(), a.batch(), a.expiry(), a.serial(), a.identifiedBy() == null ? null : a.identifiedBy().name(),
                a.manualReason(), a.prnReason(), a.timingReason(), a.administeredAt(), a.recordedAt(), a.recordedBy(),
                names.getOrDefault(a.recordedBy(), a.recordedBy()), a.witnessedBy(),
                a.witnessedBy() == null ? null : names.getOrDefault(a.witnessedBy(), a.witnessedBy()), a.correctsId(),
                correction == null ? null : correction.id(), correction == null ? null : correction.note(),
                a.timingReason() != null && a.recordedAt().isAfter(a.administeredAt().plusSeconds(15 * 60)),
                effects.stream().map(this::effect).toList());
    }
}
