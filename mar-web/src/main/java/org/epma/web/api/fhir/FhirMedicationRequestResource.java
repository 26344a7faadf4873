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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.order.Prescription;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.ReadRecord;
import org.epma.web.fhir.FhirRecords;
import org.epma.web.fhir.FhirRecords.DischargeRecord;
import org.epma.web.fhir.FhirResources;
import org.epma.web.security.StaffRoles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;

/**
 * Inpatient orders, each version a MedicationRequest (category inpatient, id the order's number), and the medicines
 * going home on discharge prescriptions (category discharge, id {@code discharge-<item>}).
 */
@Path("fhir/MedicationRequest")
@Tag(name = "FHIR")
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class FhirMedicationRequestResource {

    /** What the category parameter names: the two categories served (medicationrequest-category). */
    private static final String INPATIENT = "inpatient";
    private static final String DISCHARGE = "discharge";
    private static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/medicationrequest-category";

    @Inject
    FhirPatientReads reads;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @AuditedRead(ReadRecord.PRESCRIPTION)
    @Operation(summary = "FHIR R4 MedicationRequest: one version of an inpatient order (id: its number), or a medicine going"
            + " home on a discharge prescription (id: discharge-<item>)")
    public MedicationRequest read(@PathParam("id") String id) {
        FhirRecords records = reads.records();
        FhirResources resources = reads.resources();
        if (id != null && id.startsWith(FhirResources.DISCHARGE_ID_PREFIX)) {
            DischargeRecord found = records.dischargeItem(FhirSearch.id("MedicationRequest", id.substring(FhirResources.DISCHARGE_ID_PREFIX.length())));
            return reads.read(discharge(resources, found), found.discharge().id(), found.discharge().patientId());
        }
        Prescription order = records.prescription(FhirSearch.id("MedicationRequest", id));
        return reads.read(resources.medicationRequest(order, records.product(order.productCode()).orElse(null)), order.id(), order.patientId());
    }

    @GET
    @AuditedRead(ReadRecord.PATIENT_PRESCRIPTIONS)
    @Operation(summary = "FHIR R4 MedicationRequest search: a patient's inpatient orders (every version, newest first), then"
            + " the medicines going home on their discharge prescriptions (newest first); status narrows them"
            + " (comma-separated: active, on-hold, stopped, completed, cancelled, draft), category to inpatient or discharge")
    public Bundle search(@Parameter(description = "the Patient's id or reference, e.g. Patient/123") @QueryParam("patient") String patient,
                         @Parameter(description = "e.g. active,on-hold") @QueryParam("status") String status,
                         @Parameter(description = "inpatient or discharge (comma-separated for either), with or without the system"
                                 + " http://terminology.hl7.org/CodeSystem/medicationrequest-category")
                         @QueryParam("category") String category) {
        long patientId = reads.patient(uri, "patient", "status", "category");
        Map<String, MedicationRequestStatus> statusCodes = new LinkedHashMap<>();
        Arrays.stream(MedicationRequestStatus.values()).filter(s -> s != MedicationRequestStatus.NULL).forEach(s -> statusCodes.put(s.toCode(), s));
        Set<MedicationRequestStatus> statuses = FhirSearch.codes("status", uri.getQueryParameters().get("status"), null, statusCodes,
                FhirSentence.UNKNOWN_STATUS);
        Set<String> categories = FhirSearch.codes("category", uri.getQueryParameters().get("category"), CATEGORY_SYSTEM,
                Map.of(INPATIENT, INPATIENT, DISCHARGE, DISCHARGE), FhirSentence.UNKNOWN_CATEGORY);
        FhirRecords records = reads.records();
        FhirResources resources = reads.resources();
        String query = "MedicationRequest?patient" + (statuses == null ? "" : "&status") + (categories == null ? "" : "&category");
        return reads.search(uri, patientId, query, id -> {
            List<MedicationRequest> matches = new ArrayList<>();
            if (categories == null || categories.contains(INPATIENT)) {
                records.prescriptions(id).stream().filter(p -> statuses == null || statuses.contains(FhirResources.status(p.status())))
                        .map(p -> resources.medicationRequest(p, records.product(p.productCode()).orElse(null))).forEach(matches::add);
            }
            if (categories == null || categories.contains(DISCHARGE)) {
                records.dischargeItems(id).stream()
                        .filter(d -> statuses == null || statuses.contains(FhirResources.dischargeStatus(d.discharge().status())))
                        .map(d -> discharge(resources, d)).forEach(matches::add);
            }
            return matches;
        });
    }

    private MedicationRequest discharge(FhirResources resources, DischargeRecord found) {
        String code = found.item().productCode();
        return resources.dischargeRequest(found.discharge(), found.item(), found.orderId(),
                code == null ? null : reads.records().product(code).orElse(null));
    }
}
