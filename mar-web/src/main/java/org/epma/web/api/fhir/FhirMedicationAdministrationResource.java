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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.formulary.Product;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.ReadRecord;
import org.epma.web.fhir.FhirRecords.AdministrationRecord;
import org.epma.web.fhir.FhirResources;
import org.epma.web.security.StaffRoles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationAdministration;

/** The administration chart's records: doses given and not given; a record struck through is entered-in-error. */
@Path("fhir/MedicationAdministration")
@Tag(name = "FHIR")
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class FhirMedicationAdministrationResource {

    @Inject
    FhirPatientReads reads;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @AuditedRead(ReadRecord.ADMINISTRATION)
    @Operation(summary = "FHIR R4 MedicationAdministration: one record of a dose given or not given")
    public MedicationAdministration read(@PathParam("id") String id) {
        AdministrationRecord found = reads.records().administration(FhirSearch.id("MedicationAdministration", id));
        return reads.read(map(reads.resources(), found, code -> reads.records().product(code).orElse(null)), found.record().id(),
                found.record().patientId());
    }

    @GET
    @AuditedRead(ReadRecord.MAR)
    @Operation(summary = "FHIR R4 MedicationAdministration search: a patient's records, oldest first; effective-time"
            + " narrows them (ge, gt, le, lt or eq and a date, or a date-time with its zone; may be given twice for a range)")
    public Bundle search(@Parameter(description = "the Patient's id or reference, e.g. Patient/123") @QueryParam("patient") String patient,
                         @Parameter(description = "e.g. ge2026-11-23 and lt2026-11-30") @QueryParam("effective-time") List<String> effectiveTime) {
        long patientId = reads.patient(uri, "patient", "effective-time");
        FhirSearch.Period period = FhirSearch.period("effective-time", uri.getQueryParameters().get("effective-time"));
        FhirResources resources = reads.resources();
        // a week of records names the same few products hundreds of times: each looked up once
        Map<String, Optional<Product>> products = new HashMap<>();
        Function<String, Product> product = code -> products.computeIfAbsent(code, reads.records()::product).orElse(null);
        return reads.search(uri, patientId, "MedicationAdministration?patient"
                        + (period.from() == null && period.to() == null ? "" : "&effective-time"),
                id -> reads.records().administrations(id, period.from(), period.to()).stream().map(r -> map(resources, r, product)).toList());
    }

    private static MedicationAdministration map(FhirResources resources, AdministrationRecord found, Function<String, Product> products) {
        String code = found.record().productCode() != null ? found.record().productCode() : found.orderedProductCode();
        return resources.medicationAdministration(found.record(), found.struckThrough(), found.orderedProductCode(),
                code == null ? null : products.apply(code));
    }
}
