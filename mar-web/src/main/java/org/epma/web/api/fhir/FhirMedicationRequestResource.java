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
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.prescribing.order.Prescription;
import org.hl7.fhir.r4.model.MedicationRequest;

/** Inpatient orders, each version a MedicationRequest (discharge prescriptions are not served yet: docs/fhir.md). */
@Path("fhir/MedicationRequest")
@Tag(name = "FHIR")
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class FhirMedicationRequestResource {

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
    @AuditedRead(ReadRecord.PRESCRIPTION)
    @Operation(summary = "FHIR R4 MedicationRequest: one version of an inpatient order")
    public MedicationRequest read(@PathParam("id") String id) {
        Prescription order = records.prescription(FhirSearch.id("MedicationRequest", id));
        access.shown(order.id(), List.of(order.patientId()), AuditJson.object().add("fhir", "MedicationRequest/" + order.id()).build());
        return new FhirResources(systems).medicationRequest(order, records.product(order.productCode()).orElse(null));
    }

    @GET
    @AuditedRead(ReadRecord.PATIENT_PRESCRIPTIONS)
    @Operation(summary = "FHIR R4 MedicationRequest search: a patient's inpatient orders, every version, newest first;"
            + " status narrows them (comma-separated: active, on-hold, stopped, completed, cancelled, draft)")
    public Bundle search(@Parameter(description = "the Patient's id or reference, e.g. Patient/123") @QueryParam("patient") String patient,
                         @Parameter(description = "e.g. active,on-hold") @QueryParam("status") String status) {
        FhirSearch.only(uri, "patient", "status");
        long patientId = FhirSearch.patient(FhirSearch.required(uri, "patient"));
        Set<MedicationRequest.MedicationRequestStatus> wanted = statuses(uri.getQueryParameters().get("status"));
        FhirResources resources = new FhirResources(systems);
        List<MedicationRequest> matches = (records.patientExists(patientId) ? records.prescriptions(patientId) : List.<Prescription>of())
                .stream().filter(p -> wanted.isEmpty() || wanted.contains(FhirResources.status(p.status())))
                .map(p -> resources.medicationRequest(p, records.product(p.productCode()).orElse(null))).toList();
        access.shown(patientId, matches.isEmpty() ? List.of() : List.of(patientId),
                AuditJson.object().add("fhir", "MedicationRequest?patient" + (wanted.isEmpty() ? "" : "&status")).build());
        return FhirSearch.bundle(uri, matches);
    }

    /** The statuses asked for: each parameter a comma-separated list (OR), several parameters AND-ed. */
    private static Set<MedicationRequest.MedicationRequestStatus> statuses(List<String> parameters) {
        Set<MedicationRequest.MedicationRequestStatus> wanted = null;
        for (String parameter : parameters == null ? List.<String>of() : parameters) {
            Set<MedicationRequest.MedicationRequestStatus> any = Arrays.stream(parameter.split(",")).map(String::strip)
                    .map(FhirMedicationRequestResource::status).collect(Collectors.toSet());
            if (wanted == null) {
                wanted = any;
            } else {
                wanted.retainAll(any);
                if (wanted.isEmpty()) {
                    return Set.of(MedicationRequest.MedicationRequestStatus.NULL); // nothing can match both
                }
            }
        }
        return wanted == null ? Set.of() : wanted;
    }

    private static MedicationRequest.MedicationRequestStatus status(String code) {
        String known = Arrays.stream(MedicationRequest.MedicationRequestStatus.values())
                .filter(s -> s != MedicationRequest.MedicationRequestStatus.NULL).map(MedicationRequest.MedicationRequestStatus::toCode)
                .collect(Collectors.joining(", "));
        try {
            MedicationRequest.MedicationRequestStatus status = MedicationRequest.MedicationRequestStatus.fromCode(code.toLowerCase(Locale.ROOT));
            if (status != null && status != MedicationRequest.MedicationRequestStatus.NULL) {
                return status;
            }
        } catch (org.hl7.fhir.exceptions.FHIRException e) {
            // named below
        }
        throw new org.epma.prescribing.refusal.InvalidInputException("status", FhirSentence.UNKNOWN_STATUS.with(code, known),
                "status must be one of " + known + ", not " + code + ".");
    }
}
