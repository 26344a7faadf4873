package org.epma.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.epma.web.api.AuditResource;
import org.epma.web.api.SessionResource;
import org.epma.web.api.StaffUserResource;
import org.epma.web.api.SystemResource;
import org.epma.web.api.WardResource;
import org.junit.jupiter.api.Test;

/** Deny by default: every endpoint names its roles, and only the login and the system banner are open. */
class EveryEndpointStatesItsRolesTest {

    private static final List<Class<?>> RESOURCES = List.of(AuditResource.class, SessionResource.class,
            org.epma.web.api.FormularyResource.class, org.epma.web.api.PatientResource.class,
            org.epma.web.api.PrescriptionResource.class,
            StaffUserResource.class, SystemResource.class, WardResource.class, org.epma.web.api.ReportResource.class);
    private static final Set<String> OPEN = Set.of("SessionResource.logIn", "SystemResource.system");

    @Test
    void everyResourceMethodIsOpenOnPurposeOrNamesItsRoles() {
        List<String> unstated = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isEndpoint(method)) {
                    continue;
                }
                String name = resource.getSimpleName() + "." + method.getName();
                String[] roles = AccessRules.allowedRoles(method);
                if (roles == null) {
                    open.add(name);
                } else if (roles.length == 0) {
                    unstated.add(name);
                }
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

    private static boolean isEndpoint(Method method) {
        return method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class)
                || method.isAnnotationPresent(PATCH.class) || method.isAnnotationPresent(Path.class);
    }
}
