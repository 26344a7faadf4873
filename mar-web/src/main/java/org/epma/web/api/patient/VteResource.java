package org.epma.web.api.patient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.RefusalSentence;
import org.epma.prescribing.vte.VteAssessment;
import org.epma.prescribing.vte.VteAssessments;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

/**
 * The VTE risk assessment of the patient's current admission (NICE NG89): due from admission until recorded for
 * patients aged 16 and over; its outcome, and whether thromboprophylaxis is indicated (the prescriber then chooses the
 * drug and dose on the usual order form, with the usual checks).
 */
@Path("vte")
@Tag(name = "VTE risk assessment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class VteResource {

    public record AssessmentRequest(Boolean thrombosisRisk, Boolean bleedingRisk, Boolean prophylaxisIndicated, Instant assessedAt) {
    }

    public record AssessmentView(boolean thrombosisRisk, boolean bleedingRisk, boolean prophylaxisIndicated, String tool,
                                 String assessedBy, Instant assessedAt) {
        static AssessmentView of(VteAssessment a) {
            return new AssessmentView(a.thrombosisRisk(), a.bleedingRisk(), a.prophylaxisIndicated(), a.tool(), a.assessedBy(),
                    a.assessedAt());
        }
    }

    /** A patient on the ward whose assessment is due, and since when (their admission). */
    public record DueView(long patientId, Instant admittedAt) {
    }

    /** {@code due}: an adult admitted with no assessment yet; {@code assessment}: null until done. */
    public record StatusView(long patientId, boolean due, boolean admitted, AssessmentView assessment) {
    }

    @Inject
    VteAssessments assessments;

    @Inject
    PatientAccess access;

    @Context
    SecurityContext security;

    @GET
    @AuditedRead(ReadRecord.VTE_ASSESSMENTS_DUE)
    @Operation(summary = "The patients on a ward (?ward=CODE) whose VTE risk assessment is due, longest waiting first")
    public List<DueView> dueOnWard(@QueryParam("ward") String ward) {
        if (ward == null || ward.isBlank()) {
            throw new InvalidInputException("ward", RefusalSentence.GIVE_FIELD.with("ward"), "Give the ward.");
        }
        String wardCode = ward.strip();
        List<DueView> due = assessments.dueOnWard(wardCode).stream()
                .map(stay -> new DueView(stay.patientId(), stay.admittedAt())).toList();
        access.shown(wardCode, due.stream().map(DueView::patientId).toList());
        return due;
    }

    @GET
    @Path("patients/{patientId}")
    @AuditedRead(ReadRecord.PATIENT)
    @Operation(summary = "Whether the current admission's VTE risk assessment is due, and its outcome when done")
    public StatusView status(@PathParam("patientId") long patientId) {
        StatusView view = view(patientId);
        access.shown(patientId);
        return view;
    }

    @POST
    @Path("patients/{patientId}")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "Record the current admission's VTE risk assessment (Department of Health tool) and its outcome")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "prophylaxis indicated",
            value = "{\"thrombosisRisk\":true,\"bleedingRisk\":false,\"prophylaxisIndicated\":true}")))
    public Response record(@PathParam("patientId") long patientId, AssessmentRequest request) {
        if (request == null) {
            throw new InvalidInputException("thrombosisRisk", RefusalSentence.GIVE_FIELD.with("thrombosisRisk"), "Give the thrombosisRisk.");
        }
        assessments.record(patientId, request.thrombosisRisk(), request.bleedingRisk(), request.prophylaxisIndicated(),
                request.assessedAt(), ActingStaff.in(security, StaffRoles.PRESCRIBER));
        return Response.status(Response.Status.CREATED).entity(view(patientId)).build();
    }

    private StatusView view(long patientId) {
        VteAssessments.Status status = assessments.status(patientId);
        return new StatusView(patientId, status.due(), status.admitted(), status.assessment().map(AssessmentView::of).orElse(null));
    }
}
