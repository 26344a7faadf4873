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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.ReadRecord;
import org.epma.web.fhir.FhirRecords;
import org.epma.web.fhir.FhirResources;
import org.epma.web.fhir.FhirSystems;
import org.epma.web.security.StaffRoles;
import org.hl7.fhir.r4.model.Bundle;

@Path("fhir/Patient")
@Tag(name = "FHIR")
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class FhirPatientResource {

    @Inject
    FhirPatientReads reads;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @AuditedRead(ReadRecord.PATIENT)
    @Operation(summary = "FHIR R4 Patient (UK Core identifiers: NHS number and the site's hospital number)")
    public org.hl7.fhir.r4.model.Patient read(@PathParam("id") String id) {
        Patient patient = reads.records().patient(FhirSearch.id("Patient", id));
        return reads.read(reads.resources().patient(patient), patient.id(), patient.id());
    }

    @GET
    @AuditedRead(ReadRecord.PATIENT)
    @Operation(summary = "FHIR R4 Patient search by identifier: system|value (the NHS number's or the hospital number's"
            + " system), or a value alone (either number)")
    public Bundle search(@Parameter(description = "e.g. https://fhir.nhs.uk/Id/nhs-number|9434765919")
                         @QueryParam("identifier") String identifier) {
        FhirSearch.only(uri, "identifier");
        String given = FhirSearch.required(uri, "identifier");
        int bar = given.indexOf('|');
        String system = bar < 0 ? null : given.substring(0, bar);
        String value = bar < 0 ? given : given.substring(bar + 1);
        FhirRecords records = reads.records();
        FhirResources resources = reads.resources();
        Optional<Patient> found;
        if (value.isBlank()) {
            throw new InvalidInputException("identifier", FhirSentence.PARAMETER_NEEDED.with("identifier"),
                    "Give the identifier's value (system|value).");
        } else if (FhirSystems.NHS_NUMBER.equals(system)) {
            found = records.withNhsNumber(NhsNumber.parse(value));
        } else if (resources.systems().hospitalNumber().equals(system)) {
            found = records.withHospitalNumber(new HospitalNumber(value));
        } else if (system == null || system.isEmpty()) {
            found = records.withHospitalNumber(new HospitalNumber(value));
            if (found.isEmpty() && value.replace(" ", "").matches("\\d{10}")) {
                found = records.withNhsNumber(NhsNumber.parse(value));
            }
        } else {
            found = Optional.empty(); // a system this server holds no identifiers of
        }
        return reads.found(uri, found.isEmpty() ? "none" : found.get().id(), found.map(p -> List.of(p.id())).orElse(List.of()),
                "Patient?identifier", found.map(p -> List.of(resources.patient(p))).orElse(List.of()));
    }
}
