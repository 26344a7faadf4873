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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.reconciliation.HomeMedicine;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.ReadRecord;
import org.epma.web.fhir.FhirRecords;
import org.epma.web.fhir.FhirResources;
import org.epma.web.security.StaffRoles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;

/** The medicines taken before admission that medicines reconciliation recorded, each with the prescriber's decision. */
@Path("fhir/MedicationStatement")
@Tag(name = "FHIR")
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class FhirMedicationStatementResource {

    @Inject
    FhirPatientReads reads;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @AuditedRead(ReadRecord.MEDICINES_RECONCILIATION)
    @Operation(summary = "FHIR R4 MedicationStatement: a medicine the patient took before admission, where it was learnt from,"
            + " and the prescriber's decision on it")
    public MedicationStatement read(@PathParam("id") String id) {
        HomeMedicine medicine = reads.records().homeMedicine(FhirSearch.id("MedicationStatement", id));
        return reads.read(map(reads.resources(), medicine), medicine.id(), medicine.patientId());
    }

    @GET
    @AuditedRead(ReadRecord.MEDICINES_RECONCILIATION)
    @Operation(summary = "FHIR R4 MedicationStatement search: the medicines a patient took before each of their stays, in the"
            + " order recorded; status narrows them (comma-separated: active, on-hold, stopped)")
    public Bundle search(@Parameter(description = "the Patient's id or reference, e.g. Patient/123") @QueryParam("patient") String patient,
                         @Parameter(description = "e.g. active,on-hold") @QueryParam("status") String status) {
        long patientId = reads.patient(uri, "patient", "status");
        Map<String, MedicationStatementStatus> codes = new LinkedHashMap<>();
        Arrays.stream(MedicationStatementStatus.values()).filter(s -> s != MedicationStatementStatus.NULL).forEach(s -> codes.put(s.toCode(), s));
        Set<MedicationStatementStatus> wanted = FhirSearch.codes("status", uri.getQueryParameters().get("status"), null, codes,
                FhirSentence.UNKNOWN_STATUS);
        FhirResources resources = reads.resources();
        return reads.search(uri, patientId, "MedicationStatement?patient" + (wanted == null ? "" : "&status"),
                id -> reads.records().homeMedicines(id).stream().map(m -> map(resources, m))
                        .filter(s -> wanted == null || wanted.contains(s.getStatus())).toList());
    }

    private MedicationStatement map(FhirResources resources, HomeMedicine medicine) {
        FhirRecords records = reads.records();
        return resources.medicationStatement(medicine, medicine.productCode() == null ? null : records.product(medicine.productCode()).orElse(null));
    }
}
