package org.epma.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.epma.prescribing.staff.Role;
import org.epma.web.api.admin.SystemResource;
import org.epma.web.security.ApiOperations.Operation;
import org.epma.web.security.ExpectedAccess.Access;
import org.junit.jupiter.api.Test;

/**
 * Deny by default: every endpoint names its roles, only the login and the system banner are open, and the roles each
 * operation's annotations allow are the ones {@link ExpectedAccess} lists (ApiIT holds the running server to the same
 * table).
 */
class EveryEndpointStatesItsRolesTest {

    private static final Set<String> OPEN = Set.of("POST /api/v1/session", "GET /api/v1/system");

    @Test
    void everyResourceMethodIsOpenOnPurposeOrNamesItsRoles() {
        List<String> unstated = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Operation operation : ApiOperations.all()) {
            String[] roles = operation.allowedRoles();
            if (roles == null) {
                open.add(operation.key());
            } else if (roles.length == 0) {
                unstated.add(operation.key() + " (" + operation.javaMethod() + ")");
            }
        }
        assertEquals(List.of(), unstated);
        assertEquals(OPEN, Set.copyOf(open));
    }

    @Test
    void everyOperationAllowsExactlyTheRolesOfTheExpectedTable() {
        List<String> differences = new ArrayList<>();
        Set<String> found = new TreeSet<>();
        for (Operation operation : ApiOperations.all()) {
            found.add(operation.key());
            Access expected = ExpectedAccess.of(operation.key());
            Access annotated = accessOf(operation);
            if (expected == null) {
                differences.add(operation.key() + " is not in ExpectedAccess; its annotations allow " + annotated);
            } else if (!expected.equals(annotated)) {
                differences.add(operation.key() + ": ExpectedAccess says " + expected + ", the annotations " + annotated);
            }
        }
        ExpectedAccess.table().keySet().stream().filter(key -> !found.contains(key))
                .forEach(key -> differences.add(key + " is in ExpectedAccess but no resource method answers it"));
        assertEquals(List.of(), differences);
    }

    @Test
    void theOperationsAreFoundInEveryResourceClass() {
        Set<String> classes = ApiOperations.all().stream().map(o -> o.javaMethod().getDeclaringClass().getSimpleName())
                .collect(Collectors.toSet());
        assertTrue(classes.containsAll(Set.of("AdministrationResource", "AdmissionResource", "AuditResource",
                "BedsideScanResource", "DrugRoundResource", "PatientResource", "SessionResource", "StaffUserResource",
                "SystemResource", "WardResource")), classes.toString());
    }

    @Test
    void aMethodWithoutAnnotationsIsDeniedToEveryone() throws NoSuchMethodException {
        class Unannotated {
            @GET
            public String leak() {
                return "";
            }
        }
        assertEquals(0, AccessRules.allowedRoles(Unannotated.class.getMethod("leak")).length);
        assertNull(AccessRules.allowedRoles(SystemResource.class.getMethod("system")));
    }

    private static Access accessOf(Operation operation) {
        String[] roles = operation.allowedRoles();
        if (roles == null) {
            return new Access(true, Set.of());
        }
        Set<Role> named = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::valueOf).forEach(named::add);
        return new Access(false, Set.copyOf(named));
    }
}
