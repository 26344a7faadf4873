package org.epma.web.api.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.epma.prescribing.administration.AdministrationChart;
import org.epma.prescribing.administration.ChartDose;
import org.epma.prescribing.infusion.running.RateSetting;
import org.epma.prescribing.infusion.running.RunningInfusion;
import org.epma.prescribing.oxygen.OxygenDelivery;
import org.epma.prescribing.oxygen.OxygenInUse;
import org.epma.prescribing.oxygen.OxygenOrder;
import org.epma.prescribing.oxygen.SaturationTarget;
import org.epma.prescribing.ward.WardPatient;
import org.epma.web.api.administration.DrugRoundResource.DoseOnRound;
import org.epma.web.api.administration.DrugRoundResource.InfusionOnRound;
import org.epma.web.api.administration.DrugRoundResource.OxygenOnRound;
import org.epma.web.api.administration.DrugRoundResource.PatientOnRound;
import org.epma.web.api.administration.DrugRoundResource.RoundView;
import org.epma.web.api.administration.DrugRoundResource.Summary;
import org.epma.web.api.administration.DrugRoundResource.WardHeader;
import org.epma.web.api.prescription.OxygenResource;

/**
 * The drug round as the round screen shows it: each patient's doses in time order, their infusions and oxygen, and the
 * counts over all of them.
 */
@ApplicationScoped
public class DrugRoundViews {

    private final AdministrationViews views;

    @Inject
    public DrugRoundViews(AdministrationViews views) {
        this.views = views;
    }

    /** For CDI's proxy only. */
    protected DrugRoundViews() {
        this.views = null;
    }

    RoundView view(AdministrationChart.WardRound round, List<RunningInfusion> infusions, Map<Long, OxygenInUse> oxygen) {
        Map<Long, List<InfusionOnRound>> byPatient = infusions.stream().collect(Collectors.groupingBy(i -> i.order().patientId(),
                Collectors.mapping(DrugRoundViews::infusion, Collectors.toList())));
        List<PatientOnRound> patients = round.patients().stream()
                .map(p -> patient(p, byPatient.getOrDefault(p.patient().patientId(), List.of()),
                        oxygen(oxygen.get(p.patient().patientId())))).toList();
        return new RoundView(new WardHeader(round.ward().code(), round.ward().name(), round.ward().nameCy(),
                round.ward().timeZone().getId()), round.now(), round.until(), Summary.of(patients), patients);
    }

    private static InfusionOnRound infusion(RunningInfusion running) {
        RateSetting rate = running.rate();
        return new InfusionOnRound(running.order().id(), running.infusion().description(), running.state().name(),
                rate == null ? null : new BigDecimal(rate.mlPerHour().stripTrailingZeros().toPlainString()),
                rate == null || rate.doseRate() == null ? null : rate.doseRate().display(), running.bagNumber(),
                running.bagRunsOutAt(), running.bagDue(), running.infusion().vriii() != null, VriiiScaleView.of(running.scale()));
    }

    static OxygenOnRound oxygen(OxygenInUse inUse) {
        if (inUse == null) {
            return null;
        }
        OxygenOrder order = inUse.order();
        SaturationTarget target = order.target();
        OxygenDelivery delivery = order.delivery();
        return new OxygenOnRound(order.id(), target.kind().name(), target.lowest(), target.highest(), target.display(),
                target.reason(), delivery.device().name(), delivery.venturiPercent(), order.flowLowest(), order.flowHighest(),
                inUse.latestCheck() == null ? null : OxygenResource.CheckView.of(inUse.latestCheck()));
    }

    private PatientOnRound patient(AdministrationChart.PatientRound patient, List<InfusionOnRound> infusions,
                                   OxygenOnRound oxygen) {
        List<AdministrationViews.OrderSummary> orders = new ArrayList<>();
        List<DoseOnRound> doses = new ArrayList<>();
        List<AdministrationViews.PrnView> prn = new ArrayList<>();
        List<AdministrationViews.MissingDoseView> requests = new ArrayList<>();
        for (AdministrationChart.OrderOnChart order : patient.orders()) {
            if (order.doses().isEmpty() && order.prn() == null && order.missingDoseRequests().isEmpty()) {
                // most of a ward's orders have nothing in the round's hours: no summary to word for them
                continue;
            }
            AdministrationViews.OrderSummary summary = views.order(order.order(), order.product());
            if (!order.doses().isEmpty()) {
                orders.add(summary);
            }
            for (ChartDose dose : order.doses()) {
                doses.add(new DoseOnRound(dose.prescriptionId(), dose.lineageId(), dose.scheduledAt(), dose.window().opens(),
                        dose.window().closes(), dose.state().name(), dose.record() == null ? null : dose.record().id()));
            }
            if (order.prn() != null) {
                prn.add(views.prn(order.prn(), summary));
            }
            order.missingDoseRequests().forEach(r -> requests.add(views.missingDose(r, summary.description())));
        }
        doses.sort(Comparator.comparing(DoseOnRound::scheduledAt));
        List<AdministrationViews.EffectDueView> effects = patient.effectsDue().stream()
                .map(e -> new AdministrationViews.EffectDueView(e.dose().id(), e.dose().prescriptionId(),
                        views.order(e.order()).description(), e.dose().administeredAt(), e.promptFrom())).toList();
        WardPatient p = patient.patient();
        return new PatientOnRound(p.patientId(), p.bed(), p.hospitalNumber(), p.nhsNumber(), p.givenName(),
                p.familyName(), p.dateOfBirth(), p.ageYears(), p.allergyStatus().name(), p.allergies(), orders, doses, prn,
                effects, requests, infusions, oxygen);
    }
}
