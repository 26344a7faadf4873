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
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.pharmacy.verification.Intervention;
import org.epma.pharmacy.verification.InterventionCategory;
import org.epma.pharmacy.verification.PharmacyVerification;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.checks.Alert;
import org.epma.prescribing.insulin.CorrectionScale;
import org.epma.prescribing.order.OrderRequest;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.wording.Wording;
import org.epma.web.api.EnumCode;
import org.epma.web.api.RequestSentence;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.problem.Problem;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

@Path("prescriptions")
@Tag(name = "Prescriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class PrescriptionResource {

    /**
     * An alert as the screens show it: {@code message} in English (as HL7, PDFs and the audit keep it), and the same as
     * {@code wording} ({@code code} and {@code args}) for a screen in the user's language; absent for an alert kept
     * from signing.
     */
    public record AlertView(String key, String category, String severity, String message, String rule, String source,
                            String acknowledgedBy, String overrideReason, Wording wording) {
        static AlertView of(Alert a, String acknowledgedBy, String overrideReason) {
            return new AlertView(a.key(), a.category().name(), a.severity().name(), a.message(), a.rule(), a.source(),
                    acknowledgedBy, overrideReason, a.wording());
        }
    }

    /** {@code statusReason}, {@code statusChangedBy} ({@code …Name}) and {@code statusChangedAt}: the last change of status (who stopped or suspended the order, when and why). */
    public record PrescriptionView(long id, long lineageId, int version, long patientId, String status, String productCode,
                                   String productName, String medicine, BigDecimal dose, BigDecimal doseUpTo, String doseUnit,
                                   String route, String frequency, String prnReason, BigDecimal prnMinIntervalHours,
                                   Integer prnMaxPer24h, Instant start, Instant end, String indication, Instant reviewAt,
                                   boolean reviewDue, boolean antimicrobial, String instructions, String description,
                                   String prescribedBy, String prescribedByName, String draftedBy, String draftedByName,
                                   Instant signedAt, String statusReason, String statusChangedBy, String statusChangedByName,
                                   Instant statusChangedAt,
                                   String formularyVersion, boolean critical, boolean highAlert, Integer controlledDrugSchedule,
                                   List<AlertView> alerts, List<Instant> nextDoses, List<CorrectionScale.Band> correctionScale,
                                   String correctionScaleText) {
    }

    public record RecheckView(long prescriptionId, String description, List<AlertView> alerts) {
    }

    public record Override(String key, String reason) {
    }

    /** {@code password}: the signer's own, again, for a Schedule 1 to 3 controlled drug; left out otherwise. */
    public record SignRequest(List<String> acknowledgements, List<Override> overrides, String password) {
    }

    public record ReasonRequest(String reason) {
    }

    public record InterventionRequest(String category, String note) {
    }

    @Inject
    PharmacyVerification verification;

    @Inject
    Prescribing prescribing;

    @Inject
    PrescriptionViews views;

    @Inject
    PatientAccess access;

    @Context
    SecurityContext security;

    @GET
    @Path("{id}")
    @AuditedRead(ReadRecord.PRESCRIPTION)
    @Operation(summary = "One version of an order, with its alerts")
    public PrescriptionView prescription(@PathParam("id") long id) {
        PrescriptionView order = views.view(prescribing.get(id));
        access.shown(id, List.of(order.patientId()));
        return order;
    }

    @GET
    @Path("{id}/versions")
    @AuditedRead(ReadRecord.PRESCRIPTION_VERSIONS)
    @Operation(summary = "Every version of the order, oldest first")
    public List<PrescriptionView> versions(@PathParam("id") long id) {
        List<PrescriptionView> versions = prescribing.versions(id).stream().map(views::view).toList();
        access.shown(id, versions.stream().map(PrescriptionView::patientId).toList());
        return versions;
    }

    @POST
    @Path("{id}/sign")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "Sign a draft: acknowledge every WARNING, give a reason for every SEVERE alert; a HARD_STOP cannot be signed."
            + " Any prescriber may sign another's draft and becomes the prescriber of record (prescribedBy, sent to pharmacy as"
            + " the ordering provider); the drafter stays in draftedBy. A Schedule 1 to 3 controlled drug (controlledDrugSchedule)"
            + " needs the signer's password again in 'password'; a wrong one counts as one failed login")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {@ExampleObject(name = "signature",
            value = "{\"acknowledgements\":[\"DUPLICATE_THERAPY:duplicate-ingredient:order-12\"],"
                    + "\"overrides\":[{\"key\":\"INTERACTION:interactions.csv line 14:order-9\","
                    + "\"reason\":\"Short course; INR checked daily by the anticoagulation team\"}]}"),
            @ExampleObject(name = "controlled drug", value = "{\"acknowledgements\":[],\"overrides\":[],\"password\":\"my own password\"}")}))
    @APIResponse(responseCode = "200", description = "Signed: now waiting for pharmacy verification")
    @APIResponse(responseCode = "409", description = "A HARD_STOP alert: the order cannot be signed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Alerts not yet acknowledged or overridden ('alerts' lists their keys,"
            + " type …/unacknowledged-alerts), or a controlled drug's password missing (…/password-required) or not accepted"
            + " (…/password-not-accepted), with field 'password'", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PrescriptionView sign(@PathParam("id") long id, SignRequest request) {
        Map<String, String> reasons = new HashMap<>();
        if (request != null && request.overrides() != null) {
            request.overrides().forEach(o -> reasons.put(o.key(), o.reason()));
        }
        Prescription signed = prescribing.sign(id, new Prescribing.Signature(
                new HashSet<>(request == null || request.acknowledgements() == null ? List.of() : request.acknowledgements()),
                reasons, request == null || request.password() == null ? null : request.password().toCharArray()), prescriber());
        return views.view(signed);
    }

    @POST
    @Path("{id}/amend")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "Change an order: a new DRAFT version that replaces this one when signed. Any prescriber may change a"
            + " current order; a draft only its drafter (403 …/problems/duty/others-draft)")
    public Response amend(@PathParam("id") long id, OrderRequest request, @Context UriInfo uri) {
        Prescription draft = prescribing.amend(id, request, prescriber());
        return Response.created(uri.getBaseUriBuilder().path("prescriptions").path(draft.id().toString()).build())
                .entity(views.view(draft)).build();
    }

    @POST
    @Path("{id}/suspend")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "Suspend (hold) an order, with the reason")
    public PrescriptionView suspend(@PathParam("id") long id, ReasonRequest request) {
        return views.view(prescribing.suspend(id, reason(request), prescriber()));
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "Resume a suspended order")
    public PrescriptionView resume(@PathParam("id") long id, ReasonRequest request) {
        return views.view(prescribing.resume(id, request == null ? null : request.reason(), prescriber()));
    }

    @POST
    @Path("{id}/discontinue")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "Stop an order, with the reason")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "reason", value = "{\"reason\":\"Course complete: afebrile 48 hours\"}")))
    public PrescriptionView discontinue(@PathParam("id") long id, ReasonRequest request) {
        return views.view(prescribing.discontinue(id, reason(request), prescriber()));
    }

    @POST
    @Path("{id}/discard")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "Discard a draft that was never signed: only its drafter may (403 …/problems/duty/others-draft); another"
            + " prescriber may sign it instead")
    public PrescriptionView discard(@PathParam("id") long id) {
        return views.view(prescribing.discard(id, prescriber()));
    }

    @POST
    @Path("{id}/verify")
    @RolesAllowed(StaffRoles.PHARMACIST)
    @Operation(summary = "Verify a signed order: it may be dispensed and given; dispensing systems that take verified orders hear of it."
            + " Never by the pharmacist who drafted or signed it (403 …/problems/duty/own-order-verification)")
    @APIResponse(responseCode = "403", description = "Not a pharmacist, or the pharmacist drafted or signed this order",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PrescriptionView verify(@PathParam("id") long id) {
        return views.view(verification.verify(id, ActingStaff.in(security, StaffRoles.PHARMACIST)));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(StaffRoles.PHARMACIST)
    @Operation(summary = "Send a signed order back to the prescriber with a reason they see")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "reason", value = "{\"reason\":\"eGFR 24: reduce to 500 mg twice a day\"}")))
    public PrescriptionView reject(@PathParam("id") long id, ReasonRequest request) {
        return views.view(verification.reject(id, reason(request), ActingStaff.in(security, StaffRoles.PHARMACIST)));
    }

    @GET
    @Path("{id}/interventions")
    @AuditedRead(ReadRecord.PHARMACY_INTERVENTIONS)
    @Operation(summary = "The pharmacists' interventions on every version of the order")
    public List<Intervention> interventions(@PathParam("id") long id) {
        var order = prescribing.get(id);
        access.shown(id, List.of(order.patientId()));
        return verification.interventions(order.lineageId());
    }

    @POST
    @Path("{id}/interventions")
    @RolesAllowed(StaffRoles.PHARMACIST)
    @Operation(summary = "Record an intervention: category DOSE, INTERACTION, ALLERGY, ROUTE, DUPLICATE, FORMULATION or OTHER, and a note")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "intervention",
            value = "{\"category\":\"DOSE\",\"note\":\"Advised 500 mg BD for eGFR 24; prescriber agreed\"}")))
    public Response intervene(@PathParam("id") long id, InterventionRequest request) {
        Intervention recorded = verification.intervene(id, EnumCode.of(InterventionCategory.class,
                request == null ? null : request.category(), "category"), request == null ? null : request.note(),
                ActingStaff.in(security, StaffRoles.PHARMACIST));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    private Actor prescriber() {
        return ActingStaff.in(security, StaffRoles.PRESCRIBER);
    }

    private static String reason(ReasonRequest request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw new InvalidInputException("reason", RequestSentence.GIVE_THE_REASON.with(), "Give the reason.");
        }
        return request.reason();
    }
}
