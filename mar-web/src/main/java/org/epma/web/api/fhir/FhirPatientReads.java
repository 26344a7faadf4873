package org.epma.web.api.fhir;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.LongFunction;
import org.epma.prescribing.audit.AuditJson;
import org.epma.web.audit.PatientAccess;
import org.epma.web.fhir.FhirRecords;
import org.epma.web.fhir.FhirResources;
import org.epma.web.fhir.FhirSystems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * What every FHIR read and search of a patient's record does around its own query: the records and their mapping, the
 * search's patient parameter (only the parameters a search supports), a patient who does not exist finding nothing,
 * the audit entry naming the FHIR query and the patient shown (none when nothing matched), and the searchset Bundle.
 * One place, so that no resource type can show a patient's data without its read being recorded.
 */
@RequestScoped
public class FhirPatientReads {

    private final FhirRecords records;
    private final FhirSystems systems;
    private final PatientAccess access;

    @Inject
    public FhirPatientReads(FhirRecords records, FhirSystems systems, PatientAccess access) {
        this.records = records;
        this.systems = systems;
        this.access = access;
    }

    protected FhirPatientReads() {
        this(null, null, null);
    }

    public FhirRecords records() {
        return records;
    }

    public FhirResources resources() {
        return new FhirResources(systems);
    }

    /**
     * The patient a search is about, from its required {@code patient} parameter, after refusing any parameter but
     * {@code supported} (which names {@code patient} too).
     */
    long patient(UriInfo uri, String... supported) {
        FhirSearch.only(uri, supported);
        return FhirSearch.patient(FhirSearch.required(uri, "patient"));
    }

    /**
     * The searchset of what {@code find} finds for an existing patient, audited as {@code query} (e.g.
     * {@code MedicationRequest?patient&status}).
     */
    <R extends Resource> Bundle search(UriInfo uri, long patientId, String query, LongFunction<List<R>> find) {
        List<R> matches = records.patientExists(patientId) ? find.apply(patientId) : List.of();
        return found(uri, patientId, matches.isEmpty() ? List.of() : List.of(patientId), query, matches);
    }

    /** The searchset of {@code matches}, audited as showing {@code patients} (what was searched for: {@code entityId}). */
    <R extends Resource> Bundle found(UriInfo uri, Object entityId, List<Long> patients, String query, List<R> matches) {
        access.shown(entityId, patients, AuditJson.object().add("fhir", query).build());
        return FhirSearch.bundle(uri, matches);
    }

    /** One resource read by its id, audited as showing its patient. */
    <R extends Resource> R read(R resource, Object entityId, long patientId) {
        access.shown(entityId, List.of(patientId),
                AuditJson.object().add("fhir", resource.fhirType() + "/" + resource.getIdElement().getIdPart()).build());
        return resource;
    }
}
