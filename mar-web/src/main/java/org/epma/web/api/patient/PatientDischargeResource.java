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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.discharge.DischargePrescribing;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

/** A patient's discharge prescription (docs/discharge.md): the latest one, and starting one. */
@Path("patients/{patientId}/discharge")
@Tag(name = "Discharge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class PatientDischargeResource {

    @Inject
    DischargePrescribing discharges;

    @Inject
    DischargeViews views;

    @Inject
    PatientAccess access;

    @Context
    SecurityContext security;

    @GET
    @AuditedRead(ReadRecord.DISCHARGE)
    @Operation(summary = "The patient's latest discharge prescription, with the changes it makes to their pre-admission medicines")
    @APIResponse(responseCode = "404", description = "No discharge prescription has been started")
    public DischargeViews.DischargeView latest(@PathParam("patientId") long patientId) {
        var written = discharges.current(patientId);
        access.shown(written.discharge().id(), java.util.List.of(patientId));
        return views.view(written);
    }

    @POST
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "Start the discharge prescription from the current orders and the pre-admission list (the open one if"
            + " there is one: 200)")
    @APIResponse(responseCode = "201", description = "Started")
    @APIResponse(responseCode = "409", description = "The patient is not on a ward")
    public Response start(@PathParam("patientId") long patientId) {
        boolean existed = discharges.hasOpen(patientId);
        var written = discharges.start(patientId, ActingStaff.in(security, StaffRoles.PRESCRIBER));
        return Response.status(existed ? Response.Status.OK : Response.Status.CREATED).entity(views.view(written)).build();
    }
}
