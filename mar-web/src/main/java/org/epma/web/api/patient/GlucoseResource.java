package org.epma.web.api.patient;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.glucose.BedsideGlucose;
import org.epma.prescribing.glucose.GlucoseReading;
import org.epma.prescribing.infusion.running.InfusionAdministration;
import org.epma.prescribing.infusion.running.RateSetting;
import org.epma.prescribing.infusion.running.RunningInfusion;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.RefusalSentence;
import org.epma.web.api.administration.VriiiScaleView;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;
import org.epma.web.site.HypoglycaemiaTreatment;

/**
 * Bedside blood glucose and ketones (mmol/L). A glucose below 4.0 mmol/L (JBDS) comes back with the hospital's
 * hypoglycaemia treatment from config/hypoglycaemia-treatment.csv, in the caller's language, with its source.
 */
@Path("glucose")
@Tag(name = "Bedside glucose")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class GlucoseResource {

    /** How many readings the chart shows. */
    private static final int CHART_READINGS = 50;

    public record ReadingRequest(BigDecimal glucose, BigDecimal ketones, Instant measuredAt) {
    }

    public record ReadingView(long id, BigDecimal glucose, BigDecimal ketones, boolean hypoglycaemic, Instant measuredAt,
                              String recordedBy) {
        static ReadingView of(GlucoseReading r) {
            return new ReadingView(r.id(), r.glucose(), r.ketones(), r.hypoglycaemic(), r.measuredAt(), r.recordedBy());
        }
    }

    /**
     * A variable-rate insulin infusion of the patient's (docs/infusions.md, "VRIII"): the rate it runs at now, and what
     * its prescribed scale gives at the latest reading ({@code scale}).
     */
    public record VriiiView(long prescriptionId, String description, String state, BigDecimal rateMlPerHour,
                            String doseRateWords, VriiiScaleView scale) {
        static VriiiView of(RunningInfusion running) {
            RateSetting rate = running.rate();
            return new VriiiView(running.order().id(), running.infusion().description(), running.state().name(),
                    rate == null ? null : new BigDecimal(rate.mlPerHour().stripTrailingZeros().toPlainString()),
                    rate == null || rate.doseRate() == null ? null : rate.doseRate().display(), VriiiScaleView.of(running.scale()));
        }
    }

    /**
     * {@code treatment}: the site's hypoglycaemia steps when this reading is below 4.0 mmol/L, else empty; {@code vriii}:
     * the patient's VRIIIs with the rate each one's scale gives at this reading.
     */
    public record Recorded(ReadingView reading, List<HypoglycaemiaTreatment.Step> treatment, List<VriiiView> vriii) {
    }

    /** The chart: latest first; {@code treatment} is always the site's steps, for the screen to show by a low reading. */
    public record Chart(long patientId, List<ReadingView> readings, List<HypoglycaemiaTreatment.Step> treatment,
                        List<VriiiView> vriii) {
    }

    @Inject
    BedsideGlucose glucose;

    @Inject
    HypoglycaemiaTreatment treatment;

    @Inject
    InfusionAdministration infusions;

    @Inject
    PatientAccess access;

    @Context
    SecurityContext security;

    @GET
    @Path("patients/{patientId}")
    @AuditedRead(ReadRecord.PATIENT)
    @Operation(summary = "A patient's bedside glucose and ketone readings, latest first, and the site's hypoglycaemia treatment")
    public Chart chart(@PathParam("patientId") long patientId) {
        List<ReadingView> readings = glucose.latest(patientId, CHART_READINGS).stream().map(ReadingView::of).toList();
        access.shown(patientId);
        return new Chart(patientId, readings, treatment.steps(), vriii(patientId));
    }

    @POST
    @Path("patients/{patientId}")
    @RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER})
    @Operation(summary = "Record a bedside blood glucose (and ketones) in mmol/L; below 4.0 the hospital's hypoglycaemia treatment"
            + " comes back. `vriii`: each variable-rate insulin infusion of the patient's with the rate its prescribed scale"
            + " gives at this reading (`scale.unitsPerHour` and `scale.mlPerHour`, or `scale.stop` where the prescriber's band"
            + " stops the insulin); nothing is changed on the infusion until a nurse records the rate as its event")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
        @ExampleObject(name = "glucose", value = "{\"glucose\":6.4}"),
        @ExampleObject(name = "glucose and ketones", value = "{\"glucose\":14.2,\"ketones\":0.8}")}))
    public Response record(@PathParam("patientId") long patientId, ReadingRequest request) {
        if (request == null) {
            throw new InvalidInputException("glucose", RefusalSentence.GIVE_FIELD.with("glucose"), "Give the glucose.");
        }
        GlucoseReading reading = glucose.record(patientId, request.glucose(), request.ketones(), request.measuredAt(),
                ActingStaff.in(security, StaffRoles.NURSE, StaffRoles.PRESCRIBER));
        return Response.status(Response.Status.CREATED)
                .entity(new Recorded(ReadingView.of(reading), reading.hypoglycaemic() ? treatment.steps() : List.of(),
                        vriii(patientId))).build();
    }

    private List<VriiiView> vriii(long patientId) {
        return infusions.vriiis(patientId).stream().map(VriiiView::of).toList();
    }
}
