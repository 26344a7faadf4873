package org.epma.web.api.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.epma.prescribing.administration.AdministrationChart;
import org.epma.prescribing.administration.ChartDose;
import org.epma.prescribing.ward.WardPatient;
import org.epma.web.api.administration.DrugRoundResource.DoseOnRound;
import org.epma.web.api.administration.DrugRoundResource.PatientOnRound;
import org.epma.web.api.administration.DrugRoundResource.RoundView;
import org.epma.web.api.administration.DrugRoundResource.Summary;
import org.epma.web.api.administration.DrugRoundResource.WardHeader;

/** The drug round as the round screen shows it: each patient's doses in time order, and the counts over all of them. */
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

    RoundView view(AdministrationChart.WardRound round) {
        List<PatientOnRound> patients = round.patients().stream().map(this::patient).toList();
        return new RoundView(new WardHeader(round.ward().code(), round.ward().name(), round.ward().nameCy(),
                round.ward().timeZone().getId()), round.now(), round.until(), Summary.of(patients), patients);
    }

    private PatientOnRound patient(AdministrationChart.PatientRound patient) {
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
                effects, requests);
    }
}
