package org.epma.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.administration.AdministrationChart;
import org.epma.prescribing.administration.ChartDose;
import org.epma.prescribing.ward.WardPatient;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.StaffRoles;

@Path("wards/{code}/drug-round")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST})
public class DrugRoundResource {

    public record WardHeader(String code, String name, String nameCy, String timeZone) {
    }

    public record Summary(int due, int overdue, int criticalOverdue, int notYetDue, int prnAvailable, int effectsDue) {
    }

    public record PatientOnRound(long patientId, String bed, String hospitalNumber, String nhsNumber, String givenName,
                                 String familyName, LocalDate dateOfBirth, int ageYears, String allergyStatus,
                                 List<String> allergies, List<AdministrationViews.DoseView> doses,
                                 List<AdministrationViews.PrnView> prn, List<AdministrationViews.EffectDueView> effectsDue,
                                 List<AdministrationViews.MissingDoseView> missingDoseRequests) {
    }

    public record RoundView(WardHeader ward, Instant now, Instant until, Summary summary, List<PatientOnRound> patients) {
    }

    @Inject
    AdministrationChart chart;

    @Inject
    AdministrationViews views;

    @Inject
    PatientAccess access;

    @GET
    @AuditedRead(ReadRecord.DRUG_ROUND)
    @Operation(summary = "The ward's drug round: doses unrecorded from the last 24 hours to `hours` ahead (1 to 24,"
            + " default 4), as-needed medicines and whether they may be given now, effects to record, requests to pharmacy")
    public RoundView round(@PathParam("code") String code, @QueryParam("hours") @DefaultValue("4") int hours) {
        AdministrationChart.WardRound round = chart.round(code, hours);
        int due = 0;
        int overdue = 0;
        int criticalOverdue = 0;
        int notYetDue = 0;
        int prnAvailable = 0;
        int effectsDue = 0;
        List<PatientOnRound> patients = new ArrayList<>();
        for (AdministrationChart.PatientRound patient : round.patients()) {
            List<AdministrationViews.DoseView> doses = new ArrayList<>();
            List<AdministrationViews.PrnView> prn = new ArrayList<>();
            List<AdministrationViews.MissingDoseView> requests = new ArrayList<>();
            for (AdministrationChart.OrderOnChart order : patient.orders()) {
                AdministrationViews.OrderSummary summary = views.order(order.order(), order.product());
                for (ChartDose dose : order.doses()) {
                    doses.add(views.dose(dose, summary));
                    switch (dose.state()) {
                        case DUE -> due++;
                        case OVERDUE -> {
                            overdue++;
                            criticalOverdue += order.product().critical() ? 1 : 0;
                        }
                        case NOT_YET_DUE -> notYetDue++;
                        default -> { }
                    }
                }
                if (order.prn() != null) {
                    prn.add(views.prn(order.prn(), summary));
                    prnAvailable += order.prn().availableNow() ? 1 : 0;
                }
                order.missingDoseRequests().forEach(r -> requests.add(views.missingDose(r, summary.description())));
            }
            doses.sort(Comparator.comparing(AdministrationViews.DoseView::scheduledAt));
            List<AdministrationViews.EffectDueView> effects = patient.effectsDue().stream()
                    .map(e -> new AdministrationViews.EffectDueView(e.dose().id(), e.dose().prescriptionId(),
                            views.order(e.order()).description(),
                            e.dose().administeredAt(), e.promptFrom())).toList();
            effectsDue += effects.size();
            WardPatient p = patient.patient();
            patients.add(new PatientOnRound(p.patientId(), p.bed(), p.hospitalNumber(), p.nhsNumber(), p.givenName(),
                    p.familyName(), p.dateOfBirth(), p.ageYears(), p.allergyStatus().name(), p.allergies(), doses, prn,
                    effects, requests));
        }
        access.shown(round.ward().code(), patients.stream().map(PatientOnRound::patientId).toList());
        return new RoundView(new WardHeader(round.ward().code(), round.ward().name(), round.ward().nameCy(),
                round.ward().timeZone().getId()), round.now(), round.until(),
                new Summary(due, overdue, criticalOverdue, notYetDue, prnAvailable, effectsDue), patients);
    }
}
