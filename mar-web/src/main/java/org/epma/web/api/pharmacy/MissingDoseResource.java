package org.epma.web.api.pharmacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.administration.MissingDoseStatus;
import org.epma.prescribing.administration.MissingDoses;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.problem.Problem;
import org.epma.web.problem.ProblemSentence;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;
import org.epma.web.api.administration.AdministrationViews;
import org.epma.web.api.EnumCode;

/** Pharmacy's queue of doses the wards are missing, and moving a request on. */
@Path("missing-dose-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed({StaffRoles.PHARMACIST, StaffRoles.NURSE})
public class MissingDoseResource {

    public record StatusRequest(String status, String note) {
    }

    @Inject
    MissingDoses missingDoses;

    @Inject
    AdministrationViews views;

    @Inject
    PatientAccess access;

    @Context
    SecurityContext security;

    @GET
    @AuditedRead(ReadRecord.MISSING_DOSE_REQUESTS)
    @Operation(summary = "Open requests (requested or acknowledged), oldest first; `ward` narrows to one ward")
    public List<AdministrationViews.MissingDoseView> open(@QueryParam("ward") String ward) {
        String only = ward == null || ward.isBlank() ? null : ward.strip();
        List<AdministrationViews.MissingDoseView> open = missingDoses.open(only).stream().map(views::missingDose).toList();
        access.shown(only == null ? "all wards" : only, open.stream().map(AdministrationViews.MissingDoseView::patientId).toList());
        return open;
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Move a request on: ACKNOWLEDGED or SUPPLIED (pharmacy), or CANCELLED (pharmacy or the ward)")
    public AdministrationViews.MissingDoseView move(@PathParam("id") long id, StatusRequest request) {
        MissingDoseStatus to = EnumCode.of(MissingDoseStatus.class, request == null ? null : request.status(), "status");
        if (to != MissingDoseStatus.CANCELLED && !security.isUserInRole(StaffRoles.PHARMACIST)) {
            throw new WebApplicationException(Problem.of("forbidden", "Not allowed", Response.Status.FORBIDDEN,
                    "Only pharmacy acknowledges or supplies a request; the ward may cancel it.")
                    .worded(ProblemSentence.PHARMACY_ONLY.with()).toResponse());
        }
        return views.missingDose(missingDoses.move(id, to, request.note(),
                ActingStaff.in(security, StaffRoles.PHARMACIST, StaffRoles.NURSE)));
    }
}
