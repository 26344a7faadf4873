package org.epma.web.api.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.administration.MissingDoses;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.web.api.RequestSentence;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

@Path("patients/{patientId}/missing-dose-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST})
public class PatientMissingDoseResource {

    public record NewRequest(Long prescriptionId, String note) {
    }

    @Inject
    MissingDoses missingDoses;

    @Inject
    AdministrationViews views;

    @Context
    SecurityContext security;

    @POST
    @Operation(summary = "Ask pharmacy for a dose that is not on the ward (Idempotency-Key header required)")
    public Response request(@HeaderParam(AdministrationResource.IDEMPOTENCY_KEY) String key,
                            @PathParam("patientId") long patientId, NewRequest request) {
        if (request == null || request.prescriptionId() == null) {
            throw new InvalidInputException("prescriptionId", RequestSentence.SAY_WHICH_ORDER.with(), "Say which order the dose is for.");
        }
        var created = missingDoses.request(key, patientId, request.prescriptionId(), request.note(),
                ActingStaff.in(security, StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST));
        return Response.status(Response.Status.CREATED).entity(views.missingDose(created)).build();
    }
}
