package org.epma.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.GET;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.epma.web.api.SystemResource;
import org.junit.jupiter.api.Test;

/** Deny by default: every endpoint names its roles, and only the login and the system banner are open. */
class EveryEndpointStatesItsRolesTest {

    private static final Set<String> OPEN = Set.of("SessionResource.logIn", "SystemResource.system");

    @Test
    void everyResourceMethodIsOpenOnPurposeOrNamesItsRoles() {
        List<String> unstated = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (ApiEndpoints.Endpoint endpoint : ApiEndpoints.all()) {
            String[] roles = AccessRules.allowedRoles(endpoint.method());
            if (roles == null) {
                open.add(endpoint.name());
            } else if (roles.length == 0) {
                unstated.add(endpoint.name());
            }
        }
        assertEquals(List.of(), unstated);
        assertEquals(OPEN, Set.copyOf(open));
    }

    @Test
    void reportsWithPatientDataAreForClinicalStaffNotTheItAdministrator() throws NoSuchMethodException {
        Method chart = org.epma.web.api.ReportResource.class.getMethod("downtimeMar", String.class);
        assertEquals(Set.of("NURSE", "PRESCRIBER", "PHARMACIST"), Set.of(AccessRules.allowedRoles(chart)));
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
}
