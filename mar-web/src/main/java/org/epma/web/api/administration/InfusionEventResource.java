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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.administration.SecondCheckRegister;
import org.epma.prescribing.administration.SecondChecks;
import org.epma.prescribing.administration.Witnessing;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.infusion.DoseRate;
import org.epma.prescribing.infusion.InfusionDetails;
import org.epma.prescribing.infusion.Titration;
import org.epma.prescribing.infusion.VriiiScale;
import org.epma.prescribing.infusion.running.InfusionAdministration;
import org.epma.prescribing.infusion.running.InfusionEvent;
import org.epma.prescribing.infusion.running.InfusionEventType;
import org.epma.prescribing.infusion.running.RateSetting;
import org.epma.prescribing.infusion.running.RunningInfusion;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;
import org.epma.web.api.EnumCode;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.problem.Problem;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

/**
 * A continuous infusion or fluid at the bedside (docs/infusions.md, "At the bedside"): its bags and events, and recording
 * the next one. Every POST carries an Idempotency-Key header, as a dose's does: the same key again returns the infusion
 * as the first request left it instead of recording twice.
 */
@Path("patients/{id}/infusions/{prescriptionId}/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Infusions")
@RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST})
public class InfusionEventResource {

    /** What happened; the fields each event needs are in the operation's description. */
    public record EventRequest(String event, String wristband, String product, BigDecimal rateMlPerHour, BigDecimal doseRate,
                               String reason, BigDecimal volumeInfusedMl, Instant occurredAt, String lateReason,
                               AdministrationResource.Witness witness) {
    }

    /**
     * One event: the rate in force after it (none while paused or stopped) both ways, and who recorded it when; when it was
     * struck through as made in error, who did, when and why (the running state leaves it out).
     */
    public record EventView(long id, String event, int bagNumber, BigDecimal rateMlPerHour, BigDecimal doseRate,
                            String doseRateWords, BigDecimal bagVolumeMl, BigDecimal volumeInfusedMl, String reason, String gtin,
                            String batch, LocalDate expiry, Instant occurredAt, String lateReason, Instant recordedAt,
                            String recordedBy, String recordedByName, String witnessedBy, String witnessedByName,
                            String struckThroughBy, String struckThroughByName, Instant struckThroughAt, String struckThroughReason) {
    }

    /** Why an event was made in error. */
    public record StrikeRequest(String reason) {
    }

    /**
     * The infusion as the bedside sees it, with its events in the order they happened; a VRIII with its prescribed scale
     * ({@code vriiiScale}) and what it gives at the latest glucose ({@code scale}). {@code bagWitnessed}: a bag put up is
     * checked by a second person (a controlled drug, or the site's rule, whose reason is {@code secondCheck}).
     */
    public record RunningView(long prescriptionId, long patientId, String kind, String description, String status, String state,
                              BigDecimal rateMlPerHour, BigDecimal doseRate, String doseRateUnit, String doseRateWords,
                              BigDecimal prescribedRateMlPerHour, String prescribedDoseRateWords, BigDecimal titrationLowest,
                              BigDecimal titrationHighest, String titrationTarget, int bagNumber, BigDecimal bagVolumeMl,
                              Instant bagRunsOutAt, boolean bagDue, List<EventView> events, List<VriiiScale.Band> vriiiScale,
                              VriiiScaleView scale, boolean bagWitnessed, String secondCheck) {
    }

    @Inject
    InfusionAdministration bedside;

    @Inject
    StaffAccounts staff;

    @Inject
    PatientAccess access;

    @Inject
    SecondCheckRegister secondChecks;

    @Inject
    FormularyContent content;

    @Context
    SecurityContext security;

    @GET
    @AuditedRead(ReadRecord.INFUSION_EVENTS)
    @Operation(summary = "A continuous infusion or fluid at the bedside: where it stands (NOT_STARTED, RUNNING, PAUSED, STOPPED),"
            + " the rate in force both ways, the bag up and when it runs out at that rate, whether a bag is due, and every event")
    @APIResponse(responseCode = "404", description = "No such order, it is not an infusion, or it is another patient's")
    @APIResponse(responseCode = "409", description = "An intermittent infusion: its doses are recorded on the chart as doses are",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RunningView running(@PathParam("id") long id, @PathParam("prescriptionId") long prescriptionId) {
        RunningInfusion running = bedside.running(id, prescriptionId);
        access.shown(prescriptionId, List.of(id));
        return view(running);
    }

    @POST
    @RolesAllowed(StaffRoles.NURSE)
    @Operation(summary = "Record what happened to a continuous infusion or fluid. `event`: STARTED (the first bag) and BAG_CHANGED"
            + " (a new bag of the same order) carry `wristband` and `product`, the two scans, checked as a dose's are (422"
            + " …/problems/stop/wrong-patient, product-not-ordered, wrong-strength, expired-product, order-not-active) and,"
            + " where the view's `bagWitnessed` says so (a Schedule 1 to 3 controlled drug, or the site's second-check rule such"
            + " as insulin), `witness` {username, password} of a second nurse, doctor or pharmacist, checked last (422"
            + " …/problems/stop/witness-required when missing; 429 after too many refused passwords, as for a dose);"
            + " RATE_CHANGED carries the new rate one way, `rateMlPerHour` or `doseRate` (in the prescription's unit), and a"
            + " `reason`: within the titration bounds it is recorded with the dose rate it gives; outside them, or for an order"
            + " without bounds, 422 …/problems/stop/rate-needs-prescription. A VRIII follows its scale instead: the rate the"
            + " scale gives at the latest glucose is recorded (no `reason` needed), another rate on the scale needs a `reason`"
            + " (400, field `reason`), a rate the scale does not give is 422 …/problems/stop/rate-needs-prescription; PAUSED (optional `reason`), RESTARTED (at the"
            + " rate it had), VOLUME_RECORDED (`volumeInfusedMl`, what the pump says has run from the bag up: never more than"
            + " the bag, never less than an earlier reading), STOPPED (optional `volumeInfusedMl` and `reason`; nothing is"
            + " recorded after it: 409). `occurredAt` (default now) is not to come nor before the last event; more than 15"
            + " minutes ago it needs `lateReason` (422 …/problems/stop/late-entry-needs-reason)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "start the first bag", value = "{\"event\":\"STARTED\",\"wristband\":\"TRN01006\","
                    + "\"product\":\"(01)00200000000622(17)281231(10)HEP1\"}"),
            @ExampleObject(name = "change the rate", value = "{\"event\":\"RATE_CHANGED\",\"doseRate\":1500,"
                    + "\"reason\":\"APTT ratio 1.2 at 14:00\"}"),
            @ExampleObject(name = "a VRIII to the rate its scale gives", value = "{\"event\":\"RATE_CHANGED\",\"doseRate\":2,"
                    + "\"reason\":\"VRIII scale at glucose 8.4 mmol/L\"}"),
            @ExampleObject(name = "volume from the pump", value = "{\"event\":\"VOLUME_RECORDED\",\"volumeInfusedMl\":24}")}))
    @APIResponse(responseCode = "201", description = "The infusion after the event")
    @APIResponse(responseCode = "409", description = "Not possible in the infusion's state (not started, paused, stopped), or"
            + " an intermittent infusion", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Stopped by a bedside check", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response record(@HeaderParam(AdministrationResource.IDEMPOTENCY_KEY) String key, @PathParam("id") long id,
                           @PathParam("prescriptionId") long prescriptionId, EventRequest request, @Context UriInfo uri) {
        EventRequest body = request == null ? new EventRequest(null, null, null, null, null, null, null, null, null, null) : request;
        Witnessing.Claim witness = body.witness() == null ? null : new Witnessing.Claim(body.witness().username(),
                body.witness().password() == null ? null : body.witness().password().toCharArray());
        InfusionEventType event = body.event() == null ? null : EnumCode.of(InfusionEventType.class, body.event(), "event");
        bedside.record(new InfusionAdministration.EventRequest(key, id, prescriptionId, event,
                body.wristband(), body.product(), body.rateMlPerHour(), body.doseRate(), body.reason(), body.volumeInfusedMl(),
                body.occurredAt(), body.lateReason(), witness), ActingStaff.in(security, StaffRoles.NURSE));
        return Response.created(uri.getBaseUriBuilder().path("patients").path(Long.toString(id)).path("infusions")
                .path(Long.toString(prescriptionId)).path("events").build())
                .entity(view(bedside.running(id, prescriptionId))).build();
    }

    @POST
    @Path("{eventId}/in-error")
    @RolesAllowed(StaffRoles.NURSE)
    @Operation(summary = "Strike an infusion's event through as made in error, with the `reason`: a correction is recorded beside"
            + " it (nothing is changed or deleted) and where the infusion stands is worked out without it. Only the nurse who"
            + " recorded the event may, or a nurse in charge (a nurse with the role NURSE_IN_CHARGE). A bag put up is struck through only when no"
            + " event recorded after it still stands. Carries an Idempotency-Key header")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "made in error",
            value = "{\"reason\":\"Rate change recorded against the wrong pump\"}")))
    @APIResponse(responseCode = "201", description = "The infusion after the strike-through, the event shown struck through")
    @APIResponse(responseCode = "400", description = "No `reason`", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Someone else's event, and not the nurse in charge (…/problems/duty/others-record)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such event of this infusion")
    @APIResponse(responseCode = "409", description = "The event is already struck through, or is itself a correction, or is a"
            + " bag put up with later events still standing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response strikeThrough(@HeaderParam(AdministrationResource.IDEMPOTENCY_KEY) String key, @PathParam("id") long id,
                                  @PathParam("prescriptionId") long prescriptionId, @PathParam("eventId") long eventId,
                                  StrikeRequest request, @Context UriInfo uri) {
        bedside.strikeThrough(id, prescriptionId, eventId, request == null ? null : request.reason(), key,
                ActingStaff.in(security, StaffRoles.NURSE_IN_CHARGE, StaffRoles.NURSE));
        return Response.created(uri.getBaseUriBuilder().path("patients").path(Long.toString(id)).path("infusions")
                .path(Long.toString(prescriptionId)).path("events").build())
                .entity(view(bedside.running(id, prescriptionId))).build();
    }

    RunningView view(RunningInfusion running) {
        InfusionDetails details = running.infusion();
        Map<String, String> names = new HashMap<>();
        Function<String, String> name = u -> names.computeIfAbsent(u, user -> staff.find(user).map(StaffUser::displayName).orElse(user));
        RateSetting rate = running.rate();
        DoseRate prescribed = details.doseRate();
        Titration titration = details.titration();
        Product product = content.formulary().product(running.order().productCode()).orElse(null);
        return new RunningView(running.order().id(), running.order().patientId(), details.kind().name(), details.description(),
                running.order().status().name(), running.state().name(), rate == null ? null : plain(rate.mlPerHour()),
                rate == null || rate.doseRate() == null ? null : plain(rate.doseRate().amount()),
                prescribed == null ? null : prescribed.unit().words(),
                rate == null || rate.doseRate() == null ? null : rate.doseRate().display(), plain(details.rateMlPerHour()),
                prescribed == null ? null : prescribed.display(), titration == null ? null : plain(titration.lowest().amount()),
                titration == null ? null : plain(titration.highest().amount()), titration == null ? null : titration.target(),
                running.bagNumber(), plain(details.finalVolumeMl()), running.bagRunsOutAt(), running.bagDue(),
                running.events().stream().map(e -> event(e, running.corrections().get(e.id()), name)).toList(),
                details.vriii() == null ? null : details.vriii().written(), VriiiScaleView.of(running.scale()),
                product != null && secondChecks.checks().needed(product, running.order().route()),
                product == null ? null : secondChecks.checks().ruleFor(product, running.order().route()).map(SecondChecks.Rule::reason)
                        .orElse(null));
    }

    /** A stored number as written: 2, not 2.0000. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    /**
     * One event as the bedside and the MAR show it; {@code correction}: the strike-through that marks it in error, or
     * null; {@code name}: a user's name for display.
     */
    static EventView event(InfusionEvent e, InfusionEvent correction, Function<String, String> name) {
        RateSetting rate = e.rate();
        return new EventView(e.id(), e.event().name(), e.bagNumber(), rate == null ? null : plain(rate.mlPerHour()),
                rate == null || rate.doseRate() == null ? null : plain(rate.doseRate().amount()),
                rate == null || rate.doseRate() == null ? null : rate.doseRate().display(), plain(e.bagVolumeMl()),
                plain(e.volumeInfusedMl()),
                e.reason(), e.gtin(), e.batch(), e.expiry(), e.occurredAt(), e.lateReason(), e.recordedAt(), e.recordedBy(),
                name.apply(e.recordedBy()), e.witnessedBy(), e.witnessedBy() == null ? null : name.apply(e.witnessedBy()),
                correction == null ? null : correction.recordedBy(),
                correction == null ? null : name.apply(correction.recordedBy()), correction == null ? null : correction.recordedAt(),
                correction == null ? null : correction.reason());
    }
}
