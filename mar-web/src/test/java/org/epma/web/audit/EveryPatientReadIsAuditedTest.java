package org.epma.web.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.epma.web.api.AuditResource;
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
            "HospitalReportResource.verificationTurnaround");

    @Test
    void everyGetEndpointIsAnAuditedReadOrShowsNoPatientData() throws Exception {
        Set<String> unaudited = new TreeSet<>();
        Set<String> audited = new TreeSet<>();
        for (Class<?> resource : resources()) {
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
                "PatientReportResource.mar", "ReportResource.criticalOmissions", "ReportResource.overridesInterventions")) {
            assertTrue(audited.contains(reads), reads + " must be an audited read");
        }
    }

    /** Every resource class of the API package, found on disk so that a new one is included without a list to update. */
    private static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path folder = java.nio.file.Path.of(AuditResource.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/epma/web/api");
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(folder)) {
            for (String file : files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".class") && !f.contains("$")).toList()) {
                Class<?> type = Class.forName("org.epma.web.api." + file.substring(0, file.length() - ".class".length()));
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        assertFalse(resources.isEmpty());
        return resources;
    }
}
