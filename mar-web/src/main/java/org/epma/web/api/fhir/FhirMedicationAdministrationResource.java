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
import org.epma.web.fhir.FhirRecords.AdministrationRecord;
import org.hl7.fhir.r4.model.MedicationAdministration;

/** The administration chart's records: doses given and not given; a record struck through is entered-in-error. */
@Path("fhir/MedicationAdministration")
@Tag(name = "FHIR")
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class FhirMedicationAdministrationResource {

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
    @AuditedRead(ReadRecord.ADMINISTRATION)
    @Operation(summary = "FHIR R4 MedicationAdministration: one record of a dose given or not given")
    public MedicationAdministration read(@PathParam("id") String id) {
        AdministrationRecord found = records.administration(FhirSearch.id("MedicationAdministration", id));
        long patientId = found.record().patientId();
        access.shown(found.record().id(), List.of(patientId),
                AuditJson.object().add("fhir", "MedicationAdministration/" + found.record().id()).build());
        return map(new FhirResources(systems), found);
    }

    @GET
    @AuditedRead(ReadRecord.MAR)
    @Operation(summary = "FHIR R4 MedicationAdministration search: a patient's records, oldest first; effective-time"
            + " narrows them (ge, gt, le, lt or eq and a date, or a date-time with its zone; may be given twice for a range)")
    public Bundle search(@Parameter(description = "the Patient's id or reference, e.g. Patient/123") @QueryParam("patient") String patient,
                         @Parameter(description = "e.g. ge2026-11-23 and lt2026-11-30") @QueryParam("effective-time") List<String> effectiveTime) {
        FhirSearch.only(uri, "patient", "effective-time");
        long patientId = FhirSearch.patient(FhirSearch.required(uri, "patient"));
        FhirSearch.Period period = FhirSearch.period("effective-time", uri.getQueryParameters().get("effective-time"));
        FhirResources resources = new FhirResources(systems);
        List<MedicationAdministration> matches = (records.patientExists(patientId)
                ? records.administrations(patientId, period.from(), period.to()) : List.<AdministrationRecord>of())
                .stream().map(r -> map(resources, r)).toList();
        access.shown(patientId, matches.isEmpty() ? List.of() : List.of(patientId),
                AuditJson.object().add("fhir", "MedicationAdministration?patient" + (period.from() == null && period.to() == null ? ""
                        : "&effective-time")).build());
        return FhirSearch.bundle(uri, matches);
    }

    private MedicationAdministration map(FhirResources resources, AdministrationRecord found) {
        String code = found.record().productCode() != null ? found.record().productCode() : found.orderedProductCode();
        return resources.medicationAdministration(found.record(), found.struckThrough(), found.orderedProductCode(),
                code == null ? null : records.product(code).orElse(null));
    }
}
