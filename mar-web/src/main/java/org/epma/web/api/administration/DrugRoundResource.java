package org.epma.web.api.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.administration.AdministrationChart;
import org.epma.prescribing.administration.ChartDose;
import org.epma.prescribing.infusion.running.InfusionAdministration;
import org.epma.prescribing.oxygen.OxygenTherapy;
import org.epma.web.api.prescription.OxygenResource;
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

        /** The round's counts, from what it shows: a critical medicine's overdue dose counts as overdue and critical. */
        public static Summary of(List<PatientOnRound> patients) {
            int due = 0;
            int overdue = 0;
            int criticalOverdue = 0;
            int notYetDue = 0;
            int prnAvailable = 0;
            int effectsDue = 0;
            for (PatientOnRound patient : patients) {
                Set<Long> critical = patient.orders().stream().filter(AdministrationViews.OrderSummary::critical)
                        .map(AdministrationViews.OrderSummary::id).collect(Collectors.toSet());
                for (DoseOnRound dose : patient.doses()) {
                    switch (ChartDose.State.valueOf(dose.state())) {
                        case DUE -> due++;
                        case OVERDUE -> {
                            overdue++;
                            criticalOverdue += critical.contains(dose.prescriptionId()) ? 1 : 0;
                        }
                        case NOT_YET_DUE -> notYetDue++;
                        default -> { }
                    }
                }
                prnAvailable += (int) patient.prn().stream().filter(AdministrationViews.PrnView::availableNow).count();
                effectsDue += patient.effectsDue().size();
            }
            return new Summary(due, overdue, criticalOverdue, notYetDue, prnAvailable, effectsDue);
        }
    }

    /**
     * A dose on the round, pointing at its order in the patient's {@code orders} by {@code prescriptionId}: a ward's
     * round holds hundreds of doses of a few dozen orders, and each order's summary written once per patient rather than
     * with every dose makes the answer a fraction of the size (and of the CPU to write and read it).
     */
    public record DoseOnRound(long prescriptionId, long lineageId, Instant scheduledAt, Instant windowOpens,
                              Instant windowCloses, String state, Long administrationId) {
    }

    /** {@code orders}: each order with a dose on the round, once; {@code doses} name theirs by {@code prescriptionId}. */
    public record PatientOnRound(long patientId, String bed, String hospitalNumber, String nhsNumber, String givenName,
                                 String familyName, LocalDate dateOfBirth, int ageYears, String allergyStatus,
                                 List<String> allergies, List<AdministrationViews.OrderSummary> orders, List<DoseOnRound> doses,
                                 List<AdministrationViews.PrnView> prn, List<AdministrationViews.EffectDueView> effectsDue,
                                 List<AdministrationViews.MissingDoseView> missingDoseRequests, List<InfusionOnRound> infusions,
                                 OxygenOnRound oxygen) {
    }

    /**
     * The oxygen order the patient is on (docs/bedside-observations.md, "On the drug round"): its target saturation, device
     * and flow, and its latest check ({@code latestCheck}, null before the first), read against this order's target.
     * Null for a patient not on oxygen.
     */
    public record OxygenOnRound(long orderId, String targetKind, int targetLowest, int targetHighest, String target,
                                String targetReason, String device, Integer venturiPercent, BigDecimal flowLowest,
                                BigDecimal flowHighest, OxygenResource.CheckView latestCheck) {
    }

    /**
     * A continuous infusion or fluid of the patient's that is running, paused, or in force and not started
     * (docs/infusions.md, "At the bedside"): its rate now, the bag up, when it runs out, and whether a bag is due; for a
     * VRIII, the patient's latest glucose and the rate its scale gives ({@code scale}, null otherwise or with no reading).
     */
    public record InfusionOnRound(long prescriptionId, String description, String state, BigDecimal rateMlPerHour,
                                  String doseRateWords, int bagNumber, Instant bagRunsOutAt, boolean bagDue, boolean vriii,
                                  VriiiScaleView scale) {
    }

    public record RoundView(WardHeader ward, Instant now, Instant until, Summary summary, List<PatientOnRound> patients) {
    }

    @Inject
    AdministrationChart chart;

    @Inject
    DrugRoundViews rounds;

    @Inject
    InfusionAdministration infusions;

    @Inject
    OxygenTherapy oxygen;

    @Inject
    PatientAccess access;

    @GET
    @AuditedRead(ReadRecord.DRUG_ROUND)
    @Operation(summary = "The ward's drug round: doses unrecorded from the last 24 hours to `hours` ahead (1 to 24,"
            + " default 4), as-needed medicines and whether they may be given now, effects to record, requests to pharmacy."
            + " Each patient's `orders` holds every order with a dose on the round once; a dose names its order by"
            + " `prescriptionId` (an as-needed medicine carries its own `order`). `infusions`: each patient's continuous"
            + " infusions and fluids running, paused or waiting for their first bag, with `bagDue` when none is started or the"
            + " bag up runs out within the hour; a variable-rate insulin infusion (`vriii`) carries `scale`, the patient's latest"
            + " glucose and the rate its prescribed scale gives (units/hour and mL/hour, or `stop`). `oxygen`: a patient's oxygen"
            + " order in use (target saturation, device, flow) with `latestCheck`, its latest SpO2 check read against the target"
            + " (BELOW, WITHIN, ABOVE); absent for a patient not on oxygen")
    public RoundView round(@PathParam("code") String code, @QueryParam("hours") @DefaultValue("4") int hours) {
        AdministrationChart.WardRound ward = chart.round(code, hours);
        // the round has already read which orders run from bags: only theirs are read again, with their events
        RoundView round = rounds.view(ward, infusions.of(ward.patients().stream().flatMap(p -> p.orders().stream())
                .map(AdministrationChart.OrderOnChart::order).filter(order -> ward.fromBags().contains(order.id())).toList()),
                oxygen.inUseOf(ward.patients().stream().map(p -> p.patient().patientId()).toList()));
        access.shown(round.ward().code(), round.patients().stream().map(PatientOnRound::patientId).toList());
        return round;
    }
}
