package org.epma.web.api.patient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.patient.FieldChange;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.ward.Admission;
import org.epma.prescribing.ward.PatientMovements;
import org.epma.web.api.RequestSentence;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

/**
 * Admitting, moving and discharging a patient by hand, for wards without an ADT feed (with one, the feed does it:
 * docs/hl7.md).
 */
@Path("patients/{patientId}/admission")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patients")
@RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER})
public class AdmissionResource {

    private static final String[] ROLES = {StaffRoles.NURSE, StaffRoles.PRESCRIBER};

    public record PlaceRequest(String ward, String bed, Instant at) {
    }

    public record StayView(long id, long patientId, String ward, Long bedId, Instant admittedAt) {
        static StayView of(Admission a) {
            return new StayView(a.id(), a.patientId(), a.wardCode(), a.bedId(), a.admittedAt());
        }
    }

    @Inject
    PatientMovements movements;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @POST
    @Operation(summary = "Admit the patient to a ward and bed, or move them there if they are on another")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "admit", value = "{\"ward\":\"DEWI\",\"bed\":\"4\"}")))
    public StayView admit(@PathParam("patientId") long patientId, PlaceRequest request) {
        if (request == null || request.ward() == null || request.ward().isBlank()) {
            throw new InvalidInputException("ward", RequestSentence.GIVE_THE_WARD.with(), "Give the ward.");
        }
        // ward staff do not name the attending doctor: the PAS feed does, and an admission here keeps it
        return StayView.of(movements.admit(patientId, request.ward().strip(), request.bed(), FieldChange.keep(),
                request.at() == null ? clock.instant() : request.at(), ActingStaff.in(security, ROLES)));
    }

    @POST
    @Path("discharge")
    @Operation(summary = "Discharge the patient from their ward")
    public void discharge(@PathParam("patientId") long patientId, PlaceRequest request) {
        movements.discharge(patientId, request == null || request.at() == null ? clock.instant() : request.at(),
                ActingStaff.in(security, ROLES));
    }
}
