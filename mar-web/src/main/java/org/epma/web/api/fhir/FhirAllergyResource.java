package org.epma.web.api.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.audit.AuditJson;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.fhir.FhirRecords;
import org.epma.web.fhir.FhirResources;
import org.epma.web.fhir.FhirSystems;
import org.epma.web.security.StaffRoles;
import org.hl7.fhir.r4.model.Bundle;
import org.epma.prescribing.patient.Allergy;
import org.epma.prescribing.refusal.NotFoundException;
import org.hl7.fhir.r4.model.AllergyIntolerance;

@Path("fhir/AllergyIntolerance")
@Tag(name = "FHIR")
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class FhirAllergyResource {

    @Inject
    FhirRecords records;

    @Inject
    FhirSystems systems;

    @Inject
    PatientAccess access;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @AuditedRead(ReadRecord.PATIENT)
    @Operation(summary = "FHIR R4 AllergyIntolerance: one of a patient's current recorded allergies (id: patient-allergy)")
    public AllergyIntolerance read(@PathParam("id") String id) {
        String[] parts = id == null ? new String[0] : id.split("-", -1);
        if (parts.length != 2) {
            throw new NotFoundException("AllergyIntolerance", id);
        }
        long patientId = FhirSearch.id("AllergyIntolerance", parts[0]);
        Allergy allergy = records.allergy(patientId, FhirSearch.id("AllergyIntolerance", parts[1]));
        access.shown(patientId, List.of(patientId), AuditJson.object().add("fhir", "AllergyIntolerance/" + id).build());
        return new FhirResources(systems).allergy(allergy);
    }

    @GET
    @AuditedRead(ReadRecord.PATIENT)
    @Operation(summary = "FHIR R4 AllergyIntolerance search: a patient's current recorded allergies")
    public Bundle search(@Parameter(description = "the Patient's id or reference, e.g. Patient/123") @QueryParam("patient") String patient) {
        FhirSearch.only(uri, "patient");
        long patientId = FhirSearch.patient(FhirSearch.required(uri, "patient"));
        List<Allergy> allergies = records.patientExists(patientId) ? records.allergies(patientId) : List.of();
        access.shown(patientId, allergies.isEmpty() ? List.of() : List.of(patientId),
                AuditJson.object().add("fhir", "AllergyIntolerance?patient").build());
        FhirResources resources = new FhirResources(systems);
        return FhirSearch.bundle(uri, allergies.stream().map(resources::allergy).toList());
    }
}
