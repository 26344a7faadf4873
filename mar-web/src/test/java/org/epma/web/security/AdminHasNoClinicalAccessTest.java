package org.epma.web.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The IT administrator manages accounts and checks the audit trail; they see no patient, order, admission, chart,
 * drug round, ward list or interface message. An endpoint that lets ADMIN in must be in this list on purpose.
 */
class AdminHasNoClinicalAccessTest {

    private static final Set<String> ADMIN_MAY = Set.of("SessionResource.current", "SessionResource.chooseLanguage",
            "SessionResource.logOut", "SessionResource.changePassword", "StaffUserResource.users", "StaffUserResource.create", "StaffUserResource.resetPassword",
            "StaffUserResource.disable", "StaffUserResource.enable", "AuditResource.verify", "AuditResource.entries",
            "AuditResource.patientAccess",
            // counts and times of verification, ward by ward: no patient's data
            "HospitalReportResource.verificationTurnaround", "HospitalReportResource.verificationTurnaroundByDay");

    @Test
    void adminIsLetIntoAccountsAndTheAuditTrailOnly() {
        Set<String> adminMay = new TreeSet<>();
        for (ApiOperations.Operation operation : ApiOperations.all()) {
            String[] roles = operation.allowedRoles();
            if (roles != null && Arrays.asList(roles).contains(StaffRoles.ADMIN)) {
                adminMay.add(operation.javaMethod().getDeclaringClass().getSimpleName() + "." + operation.javaMethod().getName());
            }
        }
        assertEquals(new TreeSet<>(ADMIN_MAY), adminMay);
    }

    @Test
    void theClinicalResourcesAreAllFound() {
        List<String> names = ApiOperations.all().stream().map(o -> o.javaMethod().getDeclaringClass().getSimpleName()).distinct().toList();
        assertTrue(names.containsAll(List.of("PatientResource", "PrescriptionResource", "AdmissionResource", "MarResource",
                "DrugRoundResource", "WardResource", "InterfaceMessageResource", "VerificationQueueResource")), names.toString());
    }
}
