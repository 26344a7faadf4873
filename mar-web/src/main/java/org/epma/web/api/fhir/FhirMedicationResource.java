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
import org.epma.web.fhir.FhirRecords;
import org.epma.web.fhir.FhirResources;
import org.epma.web.fhir.FhirSystems;
import org.epma.web.security.StaffRoles;
import org.hl7.fhir.r4.model.Bundle;
import java.util.Optional;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.refusal.NotFoundException;
import org.hl7.fhir.r4.model.Medication;

/** The formulary's products as FHIR Medications: no patient's data, so not an audited read. */
@Path("fhir/Medication")
@Tag(name = "FHIR")
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class FhirMedicationResource {

    @Inject
    FhirRecords records;

    @Inject
    FhirSystems systems;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Operation(summary = "FHIR R4 Medication: a formulary product, its id the formulary's own code")
    public Medication read(@PathParam("id") String id) {
        Product product = records.product(id).orElseThrow(() -> new NotFoundException("Medication", id));
        return new FhirResources(systems).medication(product);
    }

    @GET
    @Operation(summary = "FHIR R4 Medication search by code: the formulary's local code, with or without its system")
    public Bundle search(@Parameter(description = "e.g. PARACETAMOL-TAB-500, or <the site's medication code system>|PARACETAMOL-TAB-500")
                         @QueryParam("code") String code) {
        FhirSearch.only(uri, "code");
        String given = FhirSearch.required(uri, "code");
        int bar = given.indexOf('|');
        String system = bar < 0 ? "" : given.substring(0, bar);
        Optional<Product> found = system.isEmpty() || system.equals(systems.medicationCode())
                ? records.product(given.substring(bar + 1)) : Optional.empty();
        FhirResources resources = new FhirResources(systems);
        return FhirSearch.bundle(uri, found.map(p -> List.of(resources.medication(p))).orElse(List.of()));
    }
}
