package org.epma.web.api.prescription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.infusion.DoseRate;
import org.epma.prescribing.infusion.InfusionDetails;
import org.epma.prescribing.infusion.InfusionOrder;
import org.epma.prescribing.infusion.InfusionPrescribing;
import org.epma.prescribing.infusion.InfusionRates;
import org.epma.prescribing.infusion.InfusionRequest;
import org.epma.prescribing.infusion.Titration;
import org.epma.prescribing.infusion.VriiiScale;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

/**
 * Infusions (docs/infusions.md): checking and prescribing a continuous or intermittent IV infusion or a fluid. The order
 * is then signed, verified, suspended or stopped as any order, through /prescriptions/{id}.
 */
@Path("patients/{id}/infusions")
@Tag(name = "Infusions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class InfusionResource {

    private static final String EXAMPLES = "Continuous: {\"kind\":\"CONTINUOUS\",\"productCode\":\"HEPARIN-INJ-25000U-5ML\","
            + "\"drugAmount\":25000,\"drugUnit\":\"unit\",\"diluentCode\":\"NACL-0P9-100ML\",\"finalVolumeMl\":50,"
            + "\"doseRate\":1000,\"doseRateUnit\":\"units/hour\"}. A fluid: {\"kind\":\"FLUID\",\"productCode\":\"NACL-0P9-1000ML\","
            + "\"durationHours\":8}. Intermittent: {\"kind\":\"INTERMITTENT\",\"productCode\":\"FLUCLOXACILLIN-INJ-1G\","
            + "\"drugAmount\":1,\"drugUnit\":\"g\",\"diluentCode\":\"NACL-0P9-100ML\",\"finalVolumeMl\":100,\"overMinutes\":30,"
            + "\"frequency\":\"QDS\"}. A variable-rate intravenous insulin infusion (VRIII) is a continuous infusion of an IV"
            + " insulin in units at units/hour with `vriiiScale`: rising glucose bands from 0 mmol/L (`from`, one decimal place),"
            + " each up to the next and the last open above, each giving `unitsPerHour` (0 or more, one decimal place) or"
            + " `stop`:true; no titration bounds. The rates are the prescriber's: none is built in. {\"kind\":\"CONTINUOUS\","
            + "\"productCode\":\"INSULINSOLUBLE-VIAL-100U-10ML\",\"drugAmount\":50,\"drugUnit\":\"unit\",\"diluentCode\":"
            + "\"NACL-0P9-100ML\",\"finalVolumeMl\":50,\"doseRate\":1,\"doseRateUnit\":\"units/hour\",\"vriiiScale\":"
            + "[{\"from\":0,\"stop\":true},{\"from\":4,\"unitsPerHour\":1},{\"from\":8,\"unitsPerHour\":2}]} (numbers for"
            + " illustration, not a clinical scale)";

    /** The rates and volume an infusion works out to, in words and in numbers. */
    public record Rates(BigDecimal rateMlPerHour, BigDecimal doseRate, String doseRateUnit, String doseRateWords,
                        BigDecimal concentration, String concentrationUnit, BigDecimal mlIn24Hours, String description) {

        static Rates of(BigDecimal ml, DoseRate doseRate, Quantity perMl, BigDecimal mlIn24h, String description) {
            return new Rates(InfusionRates.pumpRate(ml), doseRate == null ? null : doseRate.amount(),
                    doseRate == null ? null : doseRate.unit().name(), doseRate == null ? null : doseRate.display(),
                    perMl == null ? null : InfusionRates.readable(perMl.amount()), perMl == null ? null : InfusionOrder.words(perMl.unit()) + "/mL",
                    mlIn24h.stripTrailingZeros(), description);
        }
    }

    /** What the checks say of an infusion as written, and the rates it works out to; nothing is saved. */
    public record CheckView(Rates rates, String formularyVersion, List<PrescriptionResource.AlertView> alerts) {
    }

    /** An infusion order: the order as any order, and how it runs. */
    public record InfusionView(PrescriptionResource.PrescriptionView order, String kind, BigDecimal drugAmount, String drugUnit,
                               String diluentCode, String diluentName, BigDecimal finalVolumeMl, BigDecimal durationHours,
                               Integer overMinutes, BigDecimal titrationLowest, BigDecimal titrationHighest, String titrationTarget,
                               boolean peripheral, Rates rates, List<VriiiScale.Band> vriiiScale) {
    }

    @Inject
    InfusionPrescribing infusions;

    @Inject
    Prescribing prescribing;

    @Inject
    PrescriptionViews views;

    @Inject
    FormularyContent content;

    @Inject
    PatientAccess access;

    @Context
    SecurityContext security;

    @POST
    @Path("checks")
    @RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST})
    @Operation(summary = "Work out an infusion's rates and run every check on it without saving it", description = EXAMPLES)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "fluid",
            value = "{\"kind\":\"FLUID\",\"productCode\":\"NACL-0P9-1000ML\",\"durationHours\":8}")))
    public CheckView check(@PathParam("id") long id, InfusionRequest request) {
        InfusionPrescribing.Checked checked = infusions.check(id, request);
        InfusionOrder order = checked.order();
        return new CheckView(Rates.of(order.rateMlPerHour(), order.doseRate(), order.concentrationPerMl().orElse(null),
                order.mlIn24Hours(), order.describe()), checked.result().formularyVersion(),
                checked.result().alerts().stream().map(a -> PrescriptionResource.AlertView.of(a, null, null)).toList());
    }

    @POST
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "Prescribe an infusion: saved as a DRAFT order with its alerts; sign it with POST /prescriptions/{id}/sign",
            description = EXAMPLES)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "continuous",
            value = "{\"kind\":\"CONTINUOUS\",\"productCode\":\"HEPARIN-INJ-25000U-5ML\",\"drugAmount\":25000,\"drugUnit\":\"unit\","
                    + "\"diluentCode\":\"NACL-0P9-100ML\",\"finalVolumeMl\":50,\"doseRate\":1000,\"doseRateUnit\":\"units/hour\"}")))
    @APIResponse(responseCode = "201", description = "The draft order and its infusion")
    @APIResponse(responseCode = "400", description = "A field that is wrong, named (a per-kg rate without a recorded weight names doseRateUnit)")
    public Response prescribe(@PathParam("id") long id, InfusionRequest request, @Context UriInfo uri) {
        var drafted = infusions.draft(id, request, ActingStaff.in(security, StaffRoles.PRESCRIBER));
        return Response.created(uri.getBaseUriBuilder().path("patients").path(Long.toString(id)).path("infusions")
                .path(drafted.prescription().id().toString()).build()).entity(view(drafted.prescription(), drafted.infusion())).build();
    }

    @GET
    @AuditedRead(ReadRecord.PATIENT_PRESCRIPTIONS)
    @Operation(summary = "The patient's infusion orders, every version, newest first")
    public List<InfusionView> ofPatient(@PathParam("id") long id) {
        access.shown(id);
        List<Prescription> orders = prescribing.ofPatient(id);
        var details = infusions.of(orders.stream().map(Prescription::id).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(InfusionDetails::prescriptionId, d -> d));
        return orders.stream().filter(p -> details.containsKey(p.id())).map(p -> view(p, details.get(p.id()))).toList();
    }

    @GET
    @Path("{prescriptionId}")
    @AuditedRead(ReadRecord.PRESCRIPTION)
    @Operation(summary = "One infusion order of the patient")
    @APIResponse(responseCode = "404", description = "No such order, it is not an infusion, or it is another patient's")
    public InfusionView infusion(@PathParam("id") long id, @PathParam("prescriptionId") long prescriptionId) {
        var found = infusions.get(prescriptionId);
        if (!found.prescription().patientId().equals(id)) {
            throw new org.epma.prescribing.refusal.NotFoundException("infusion", prescriptionId);
        }
        access.shown(prescriptionId, List.of(id));
        return view(found.prescription(), found.infusion());
    }

    private InfusionView view(Prescription p, InfusionDetails d) {
        Quantity drug = d.drug();
        Quantity perMl = drug == null ? null : new Quantity(drug.amount().divide(d.finalVolumeMl(), java.math.MathContext.DECIMAL64),
                drug.unit());
        Titration titration = d.titration();
        String diluentName = d.diluentCode() == null ? null
                : content.formulary().product(d.diluentCode()).map(Product::name).orElse(d.diluentCode());
        return new InfusionView(views.view(p), d.kind().name(), drug == null ? null : drug.amount(),
                drug == null ? null : drug.unit().symbol(), d.diluentCode(), diluentName, d.finalVolumeMl(), d.durationHours(),
                d.overMinutes(), titration == null ? null : titration.lowest().amount(),
                titration == null ? null : titration.highest().amount(), titration == null ? null : titration.target(),
                d.peripheral(), Rates.of(d.rateMlPerHour(), d.doseRate(), perMl, d.mlIn24h(), d.description()),
                d.vriii() == null ? null : d.vriii().written());
    }
}
