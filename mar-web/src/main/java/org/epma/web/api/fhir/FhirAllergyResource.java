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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.patient.Allergy;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.StaffRoles;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;

@Path("fhir/AllergyIntolerance")
@Tag(name = "FHIR")
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class FhirAllergyResource {

    @Inject
    FhirPatientReads reads;

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
        Allergy allergy = reads.records().allergy(patientId, FhirSearch.id("AllergyIntolerance", parts[1]));
        return reads.read(reads.resources().allergy(allergy), patientId, patientId);
    }

    @GET
    @AuditedRead(ReadRecord.PATIENT)
    @Operation(summary = "FHIR R4 AllergyIntolerance search: a patient's current recorded allergies")
    public Bundle search(@Parameter(description = "the Patient's id or reference, e.g. Patient/123") @QueryParam("patient") String patient) {
        long patientId = reads.patient(uri, "patient");
        var resources = reads.resources();
        return reads.search(uri, patientId, "AllergyIntolerance?patient",
                id -> reads.records().allergies(id).stream().map(resources::allergy).toList());
    }
}
