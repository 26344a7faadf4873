package org.epma.web.api.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.administration.Administration;
import org.epma.prescribing.administration.BedsideAdministration;
import org.epma.prescribing.administration.Identification;
import org.epma.prescribing.administration.NotGivenReason;
import org.epma.prescribing.administration.Outcome;
import org.epma.prescribing.administration.PrnEffect;
import org.epma.prescribing.administration.Witnessing;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.web.api.EnumCode;
import org.epma.web.api.RequestSentence;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.problem.Problem;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

/**
 * Recording doses. Every POST carries an Idempotency-Key header: the same key sent again (a retry over flaky ward
 * Wi-Fi) returns the first result instead of recording twice.
 */
@Path("administrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST})
public class AdministrationResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String[] ROLES = {StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST};
    /** Striking through: a nurse in charge acts as such, the one role that may correct a colleague's record. */
    private static final String[] CORRECTING_ROLES = {StaffRoles.NURSE_IN_CHARGE, StaffRoles.NURSE, StaffRoles.PRESCRIBER,
        StaffRoles.PHARMACIST};

    public record Witness(String username, String password) {
    }

    public record RecordRequest(Long patientId, Long prescriptionId, Instant scheduledAt, String outcome, String identifiedBy,
                                String wristband, String product, String manualReason, BigDecimal dose, String doseUnit,
                                String route, String site, String batch, LocalDate expiry, String reason, String note,
                                String prnReason, String timingReason, Instant administeredAt, Witness witness) {
    }

    public record ReasonRequest(String reason) {
    }

    public record EffectRequest(String effect) {
    }

    @Inject
    BedsideAdministration bedside;

    @Inject
    AdministrationViews views;

    @Inject
    PatientAccess access;

    @Context
    SecurityContext security;

    @POST
    @Operation(summary = "Record a dose GIVEN (after the five-rights check) or NOT_GIVEN with a reason. 422 stops the record"
            + " with a problem type .../problems/stop/<code> and one sentence; 409 when the dose is already recorded."
            + " A Schedule 1 to 3 controlled drug needs 'witness' (a second nurse, doctor or pharmacist with their own"
            + " password), checked only after every other check passes; a refused witness password never counts toward"
            + " the witness's lock-out, but five in five minutes stop the person recording (429 with Retry-After)."
            + " A pharmacist who is not also a nurse or prescriber records doses NOT_GIVEN only (403 …/problems/duty/given-by-pharmacist)."
            + " A GIVEN dose of a dose-range order must carry the amount given ('dose', 'doseUnit'; without it, 400 naming 'dose');"
            + " an amount outside the range stops the record (422 …/problems/stop/dose-not-prescribed)")
    @APIResponse(responseCode = "403", description = "Recording GIVEN as a pharmacist only (…/problems/duty/given-by-pharmacist)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Too many witness passwords refused lately; Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "given, scanned", value = "{\"patientId\":6,\"prescriptionId\":12,\"scheduledAt\":\"2026-11-23T08:00:00Z\","
                    + "\"outcome\":\"GIVEN\",\"identifiedBy\":\"SCAN\",\"wristband\":\"TRN01006\","
                    + "\"product\":\"(01)00200000000011(17)271231(10)B12345\",\"dose\":1,\"doseUnit\":\"g\"}"),
            @ExampleObject(name = "controlled drug, witnessed", value = "{\"patientId\":8,\"prescriptionId\":31,\"outcome\":\"GIVEN\","
                    + "\"identifiedBy\":\"SCAN\",\"wristband\":\"TRN01008\",\"product\":\"(01)00200000000301\","
                    + "\"prnReason\":\"pain 7/10\",\"witness\":{\"username\":\"nurse.okafor\",\"password\":\"her own password\"}}"),
            @ExampleObject(name = "dose range, amount given", value = "{\"patientId\":6,\"prescriptionId\":40,\"outcome\":\"GIVEN\","
                    + "\"identifiedBy\":\"SCAN\",\"wristband\":\"TRN01006\",\"product\":\"(01)00200000000011\","
                    + "\"prnReason\":\"pain 5/10\",\"dose\":750,\"doseUnit\":\"mg\"}"),
            @ExampleObject(name = "not given", value = "{\"patientId\":6,\"prescriptionId\":12,\"scheduledAt\":\"2026-11-23T08:00:00Z\","
                    + "\"outcome\":\"NOT_GIVEN\",\"reason\":\"REFUSED\"}")}))
    public Response record(@HeaderParam(IDEMPOTENCY_KEY) String key, RecordRequest request, @Context UriInfo uri) {
        if (request == null || request.patientId() == null || request.prescriptionId() == null) {
            throw new InvalidInputException(request == null || request.patientId() == null ? "patientId" : "prescriptionId",
                    RequestSentence.SAY_PATIENT_AND_ORDER.with(), "Say which patient and which order the dose is for.");
        }
        Actor by = ActingStaff.in(security, ROLES);
        Witnessing.Claim witness = request.witness() == null ? null : new Witnessing.Claim(request.witness().username(),
                request.witness().password() == null ? null : request.witness().password().toCharArray());
        Administration recorded = bedside.record(new BedsideAdministration.RecordRequest(key, request.patientId(),
                request.prescriptionId(), request.scheduledAt(), EnumCode.of(Outcome.class, request.outcome(), "outcome"),
                request.identifiedBy() == null ? null : EnumCode.of(Identification.class, request.identifiedBy(), "identifiedBy"),
                request.wristband(), request.product(), request.manualReason(), request.dose(), request.doseUnit(),
                request.route() == null ? null : EnumCode.of(Route.class, request.route(), "route"), request.site(),
                request.batch(), request.expiry(),
                request.reason() == null ? null : EnumCode.of(NotGivenReason.class, request.reason(), "reason"),
                request.note(), request.prnReason(), request.timingReason(), request.administeredAt(), witness), by);
        return Response.created(uri.getBaseUriBuilder().path("administrations").path(recorded.id().toString()).build())
                .entity(views.administration(recorded)).build();
    }

    @GET
    @Path("{id}")
    @AuditedRead(ReadRecord.ADMINISTRATION)
    @Operation(summary = "One administration record")
    public AdministrationViews.AdministrationView administration(@PathParam("id") long id) {
        Administration record = bedside.get(id);
        access.shown(id, List.of(record.patientId()));
        return views.administration(record);
    }

    @POST
    @Path("{id}/in-error")
    @Operation(summary = "Strike through a record made in error, with the reason: a new record marks it; nothing is deleted."
            + " Only the person who made the record may, or a nurse in charge (role NURSE_IN_CHARGE)")
    @APIResponse(responseCode = "403", description = "Someone else's record, and not the nurse in charge (…/problems/duty/others-record)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response inError(@HeaderParam(IDEMPOTENCY_KEY) String key, @PathParam("id") long id, ReasonRequest request,
                            @Context UriInfo uri) {
        Administration correction = bedside.strikeThrough(id, request == null ? null : request.reason(), key,
                ActingStaff.in(security, CORRECTING_ROLES));
        return Response.created(uri.getBaseUriBuilder().path("administrations").path(correction.id().toString()).build())
                .entity(views.administration(correction)).build();
    }

    @POST
    @Path("{id}/effect")
    @Operation(summary = "Record the effect of an as-needed dose")
    public Response effect(@HeaderParam(IDEMPOTENCY_KEY) String key, @PathParam("id") long id, EffectRequest request) {
        PrnEffect effect = bedside.recordEffect(id, request == null ? null : request.effect(), key, ActingStaff.in(security, ROLES));
        return Response.status(Response.Status.CREATED).entity(views.effect(effect)).build();
    }
}
