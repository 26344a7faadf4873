package org.epma.web.api.patient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.discharge.DischargeLetter;
import org.epma.prescribing.discharge.DischargePapers;
import org.epma.prescribing.discharge.DischargePrescribing;
import org.epma.reports.discharge.GpDischargeSummaryReport;
import org.epma.reports.discharge.PatientMedicinesListReport;
import org.epma.reports.print.Pdf;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.problem.Problem;
import org.epma.web.reports.ReportPrinting;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

/** One discharge prescription: the prescriber's decisions and signature, the pharmacist's screening or return. */
@Path("discharges")
@Tag(name = "Discharge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class DischargeResource {

    /**
     * {@code goingHome}: whether an order continues at home (ignored for a pre-admission item); {@code reason}: why it was
     * started, changed or stopped; the supply: {@code supplyQuantity} (in the product's own unit) for {@code supplyDays},
     * or {@code ownSupply} when the patient has their own.
     */
    public record Decision(Boolean goingHome, String reason, BigDecimal supplyQuantity, Integer supplyDays, Boolean ownSupply) {
    }

    public record ReasonRequest(String reason) {
    }

    @Inject
    DischargePrescribing discharges;

    @Inject
    DischargeViews views;

    @Inject
    PatientAccess access;

    @Inject
    DischargePapers papers;

    @Inject
    GpDischargeSummaryReport gpSummary;

    @Inject
    PatientMedicinesListReport medicinesList;

    @Inject
    ReportPrinting printings;

    @Context
    SecurityContext security;

    @GET
    @Path("{id}")
    @AuditedRead(ReadRecord.DISCHARGE)
    @Operation(summary = "A discharge prescription")
    public DischargeViews.DischargeView discharge(@PathParam("id") long id) {
        var written = discharges.get(id);
        access.shown(id, List.of(written.discharge().patientId()));
        return views.view(written);
    }

    @GET
    @Path("{id}/gp-summary.pdf")
    @Produces(ReportPrinting.PDF)
    @AuditedRead(ReadRecord.DISCHARGE_GP_SUMMARY)
    @Operation(summary = "The discharge medicines summary for the patient's GP as PDF, in English: the patient, the stay,"
            + " allergies, every medicine new, changed, unchanged or stopped with its reason, dose, route and frequency, the"
            + " supply, who signed and who screened")
    @APIResponse(responseCode = "200", description = "the summary", content = @Content(mediaType = ReportPrinting.PDF))
    @APIResponse(responseCode = "404", description = "no such discharge prescription", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "not yet screened by a pharmacist (refusal.discharge.notScreened)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response gpSummary(@PathParam("id") long id) {
        // read before filling, so the read's transaction has ended while the PDF is made
        DischargeLetter letter = papers.forGp(id);
        Pdf pdf = gpSummary.print(letter, printings.printing(security.getUserPrincipal().getName()));
        access.shown(id, List.of(letter.patientId()));
        return ReportPrinting.pdf(pdf.content(), "discharge-gp-summary-" + letter.hospitalNumber() + "-" + id + ".pdf");
    }

    @GET
    @Path("{id}/medicines-list.pdf")
    @Produces(ReportPrinting.PDF)
    @AuditedRead(ReadRecord.DISCHARGE_MEDICINES_LIST)
    @Operation(summary = "The patient's list of the medicines they take home as PDF, in the language they read their papers in"
            + " (PUT /patients/{id}/language): each medicine in plain words, what changed and why, the supply, and what to stop")
    @APIResponse(responseCode = "200", description = "the list", content = @Content(mediaType = ReportPrinting.PDF))
    @APIResponse(responseCode = "404", description = "no such discharge prescription", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "not yet screened (refusal.discharge.notScreened), or the patient's language"
            + " is not recorded (refusal.discharge.languageNotRecorded)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response medicinesList(@PathParam("id") long id) {
        DischargeLetter letter = papers.forPatient(id);
        Pdf pdf = medicinesList.print(letter, printings.printing(security.getUserPrincipal().getName()));
        access.shown(id, List.of(letter.patientId()));
        return ReportPrinting.pdf(pdf.content(), "discharge-medicines-" + letter.hospitalNumber() + "-" + id + ".pdf");
    }

    @PUT
    @Path("{id}/items/{itemId}")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "The prescriber's decision on one item: going home or not, the reason, the supply")
    @APIResponse(responseCode = "409", description = "Signed or screened: no longer a draft")
    public DischargeViews.DischargeView decide(@PathParam("id") long id, @PathParam("itemId") long itemId, Decision decision) {
        Decision d = decision == null ? new Decision(null, null, null, null, null) : decision;
        return views.view(discharges.decide(id, itemId, !Boolean.FALSE.equals(d.goingHome()), d.reason(), d.supplyQuantity(),
                d.supplyDays(), Boolean.TRUE.equals(d.ownSupply()), ActingStaff.in(security, StaffRoles.PRESCRIBER)));
    }

    @POST
    @Path("{id}/sign")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "Sign it for pharmacy to screen: refused (400, field items) while a change lacks its reason or a"
            + " medicine going home its supply")
    public DischargeViews.DischargeView sign(@PathParam("id") long id) {
        return views.view(discharges.sign(id, ActingStaff.in(security, StaffRoles.PRESCRIBER)));
    }

    @POST
    @Path("{id}/screen")
    @RolesAllowed(StaffRoles.PHARMACIST)
    @Operation(summary = "Screened by a pharmacist who did not sign it: it may be supplied")
    @APIResponse(responseCode = "403", description = "You signed it (…/problems/duty/own-order-verification)")
    public DischargeViews.DischargeView screen(@PathParam("id") long id) {
        return views.view(discharges.screen(id, ActingStaff.in(security, StaffRoles.PHARMACIST)));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(StaffRoles.PHARMACIST)
    @Operation(summary = "Back to the prescriber with the pharmacist's reason: a draft again")
    public DischargeViews.DischargeView returnToPrescriber(@PathParam("id") long id, ReasonRequest request) {
        return views.view(discharges.returnToPrescriber(id, request == null ? null : request.reason(),
                ActingStaff.in(security, StaffRoles.PHARMACIST)));
    }
}
