package org.epma.web.api.prescription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.pgd.DirectionDoses;
import org.epma.prescribing.pgd.DirectionKind;
import org.epma.prescribing.pgd.DirectionOrder;
import org.epma.prescribing.pgd.PatientGroupDirection;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.time.HospitalZone;
import org.epma.web.api.RequestSentence;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

/**
 * Patient group directions (docs/pgd.md): the site's directions, a nurse's dose under one (a once-only order she starts
 * and then gives with the usual bedside scan), and the prescriber's review of it. The doses and reviews here cover the
 * homely remedies too ({@link HomelyRemedyResource}), which are started the same way.
 */
@Path("patient-group-directions")
@Tag(name = "Patient group directions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST})
public class DirectionResource {

    /** A direction as the site lists it; {@code authorisedForYou}: whether the caller may give a dose under it. */
    public record DirectionView(String id, String version, String title, String productCode, String productName,
                                BigDecimal dose, String doseUnit, String route, String indication, String inclusion,
                                String exclusion, Integer minimumAgeYears, int reviewWithinHours, LocalDate validFrom,
                                LocalDate expires, boolean inForce, boolean authorisedForYou, String source) {
    }

    /** {@code criteriaConfirmed}: the nurse has checked the patient meets the inclusion criteria and no exclusion applies. */
    public record DoseRequest(Long patientId, Boolean criteriaConfirmed, List<String> acknowledgements) {
    }

    public record PatientRequest(Long patientId) {
    }

    public record ReviewRequest(String note) {
    }

    /**
     * A dose started under a direction or as a homely remedy ({@code kind} says which) and where its review stands; the
     * patient's ward and bed when admitted.
     */
    public record DirectionOrderView(String kind, long prescriptionId, long patientId, String givenName, String familyName, String hospitalNumber,
                                     String wardCode, String bed, String directionId, String directionVersion,
                                     String directionTitle, String description, String orderStatus, String startedBy,
                                     String startedByName, Instant startedAt, Instant reviewDueAt, boolean reviewOverdue,
                                     String reviewedBy, String reviewedByName, Instant reviewedAt, String reviewNote) {
    }

    public record Started(PrescriptionResource.PrescriptionView order, DirectionOrderView direction) {
    }

    @Inject
    DirectionDoses doses;

    @Inject
    DirectionOrderViews orderViews;

    @Inject
    FormularyContent content;

    @Inject
    PatientAccess access;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The site's patient group directions, and whether you are authorised for each")
    public List<DirectionView> directions() {
        String me = security.getUserPrincipal().getName();
        LocalDate today = LocalDate.now(clock.withZone(HospitalZone.ZONE));
        var catalogue = doses.catalogue();
        return catalogue.all().stream().map(d -> view(d, today, catalogue.authorises(d.id(), me))).toList();
    }

    @POST
    @Path("{direction}/check")
    @RolesAllowed(StaffRoles.NURSE)
    @Operation(summary = "What the order checks say of the direction's dose for a patient now; nothing is saved")
    @APIResponse(responseCode = "403", description = "Not authorised by name for the direction (…/problems/duty/unauthorised-direction)")
    public Prescribing.CheckResult check(@PathParam("direction") String direction, PatientRequest request) {
        return orderViews.check(DirectionKind.PATIENT_GROUP_DIRECTION, direction, request, ActingStaff.in(security, StaffRoles.NURSE));
    }

    @POST
    @Path("{direction}/doses")
    @RolesAllowed(StaffRoles.NURSE)
    @Operation(summary = "Start a dose under the direction (Idempotency-Key header required): a once-only order the drug"
            + " round offers for the bedside scan. Refused when any alert is SEVERE or HARD_STOP (refer to a prescriber);"
            + " each WARNING is acknowledged")
    @APIResponse(responseCode = "201", description = "The order started, and the direction's record of it")
    @APIResponse(responseCode = "403", description = "Not authorised by name for the direction (…/problems/duty/unauthorised-direction)")
    @APIResponse(responseCode = "409", description = "Direction not in force, patient too young, or an alert a direction cannot override")
    public Response start(@HeaderParam("Idempotency-Key") String key, @PathParam("direction") String direction,
                          DoseRequest request) {
        return orderViews.start(key, DirectionKind.PATIENT_GROUP_DIRECTION, direction, request,
                ActingStaff.in(security, StaffRoles.NURSE));
    }

    @GET
    @Path("orders")
    @AuditedRead(ReadRecord.DIRECTION_ORDERS)
    @Operation(summary = "Doses given under directions and as homely remedies (kind says which): one patient's (?patient=), or"
            + " those still awaiting a prescriber's review (?awaitingReview=true), of the patients now on one ward when ?ward= is given")
    public List<DirectionOrderView> orders(@QueryParam("patient") Long patientId, @QueryParam("awaitingReview") boolean awaitingReview,
                                           @QueryParam("ward") String ward) {
        if (patientId == null && !awaitingReview) {
            throw new InvalidInputException("patient", RequestSentence.SAY_WHICH_PATIENT.with(),
                    "Say which patient (?patient=), or ask for those awaiting review (?awaitingReview=true).");
        }
        List<DirectionOrder> found = patientId != null ? doses.ofPatient(patientId) : doses.awaitingReview();
        List<DirectionOrderView> shown = found.stream().filter(o -> !awaitingReview || o.reviewedAt() == null).map(orderViews::view)
                .filter(o -> ward == null || ward.equals(o.wardCode())).toList();
        access.shown(patientId == null ? "awaiting-review" : patientId,
                shown.stream().map(DirectionOrderView::patientId).distinct().toList());
        return shown;
    }

    @POST
    @Path("orders/{prescriptionId}/review")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "A prescriber has reviewed a dose given under a direction or as a homely remedy (the note is optional)")
    @APIResponse(responseCode = "403", description = "You gave the dose yourself (…/problems/duty/own-direction-review)")
    @APIResponse(responseCode = "409", description = "Already reviewed")
    public DirectionOrderView review(@PathParam("prescriptionId") long prescriptionId, ReviewRequest request) {
        return orderViews.view(doses.review(prescriptionId, request == null ? null : request.note(),
                ActingStaff.in(security, StaffRoles.PRESCRIBER)));
    }

    static long patientId(Long patientId) {
        if (patientId == null) {
            throw new InvalidInputException("patientId", RequestSentence.SAY_WHICH_PATIENT.with(), "Say which patient the dose is for.");
        }
        return patientId;
    }

    private DirectionView view(PatientGroupDirection d, LocalDate today, boolean authorised) {
        String product = content.formulary().product(d.productCode()).map(Product::name).orElse(d.productCode());
        return new DirectionView(d.id(), d.version(), d.title(), d.productCode(), product, d.dose(), d.doseUnit(),
                d.route().name(), d.indication(), d.inclusion(), d.exclusion(), d.minimumAgeYears(), d.reviewWithinHours(),
                d.validFrom(), d.expires(), d.inForceOn(today), authorised, d.source());
    }
}
