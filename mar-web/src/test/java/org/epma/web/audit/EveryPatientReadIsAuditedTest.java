package org.epma.web.audit;

import jakarta.ws.rs.GET;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.epma.web.security.ApiOperations;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new endpoint that reads cannot be forgotten: every GET of the API is an audited read, or is on the short list of
 * those that show no patient's data.
 */
class EveryPatientReadIsAuditedTest {

    private static final Set<String> NO_PATIENT_DATA = Set.of("AuditResource.verify", "FormularyResource.product",
            "FormularyResource.search", "SessionResource.current", "StaffUserResource.users", "SystemResource.system",
            "WardResource.wards", "WardResource.ward", "ReportResource.written",
            // the site's patient group directions and who may use them
            "DirectionResource.directions",
            // the site's homely remedies protocol and who it names
            "HomelyRemedyResource.remedies",
            // the site's named VRIII scales (config/vriii-scales.csv)
            "VriiiScaleResource.scales",
            "HospitalReportResource.verificationTurnaround",
            // the charts' figures: counts and times per day or ward, naming no patient
            "HospitalReportResource.verificationTurnaroundByDay", "HospitalReportResource.criticalOmissionsByWard",
            // FHIR: the formulary's medications and what the server supports
            "FhirMedicationResource.read", "FhirMedicationResource.search", "FhirMetadataResource.capabilities");

    @Test
    void everyGetEndpointIsAnAuditedReadOrShowsNoPatientData() {
        Set<String> unaudited = new TreeSet<>();
        Set<String> audited = new TreeSet<>();
        for (Class<?> resource : ApiOperations.resourceClasses()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(GET.class)) {
                    continue;
                }
                String name = resource.getSimpleName() + "." + method.getName();
                (method.isAnnotationPresent(AuditedRead.class) ? audited : unaudited).add(name);
            }
        }
        assertEquals(new TreeSet<>(NO_PATIENT_DATA), unaudited);
        assertFalse(audited.isEmpty());
        for (String reads : List.of("MarResource.chart", "PatientResource.patient", "DrugRoundResource.round",
                "PrescriptionResource.prescription", "AdministrationResource.administration", "AuditResource.patientAccess",
                "PatientReportResource.mar", "ReportResource.criticalOmissions", "ReportResource.overridesInterventions",
                "FhirPatientResource.read", "FhirPatientResource.search", "FhirAllergyResource.search",
                "FhirMedicationRequestResource.search", "FhirMedicationAdministrationResource.search",
                "DischargeResource.gpSummary", "DischargeResource.medicinesList",
                "FhirMedicationStatementResource.read", "FhirMedicationStatementResource.search")) {
            assertTrue(audited.contains(reads), reads + " must be an audited read");
        }
    }
}
