package org.epma.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.web.security.StaffRoles;

@ApplicationPath("api/v1")
@DeclareRoles({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.NURSE_IN_CHARGE, StaffRoles.PHARMACIST, StaffRoles.ADMIN,
        StaffRoles.AUDITOR})
@OpenAPIDefinition(
        info = @Info(title = "ePMA API", version = "1",
                description = "Electronic prescribing and medicines administration. Log in with POST /api/v1/session;"
                        + " the session cookie then identifies you, and every POST, PUT and DELETE must carry the"
                        + " session's csrfToken in the X-CSRF-Token header. Errors are application/problem+json"
                        + " (RFC 9457) with type, title, status, detail and, for invalid input, field. The detail is in"
                        + " English; code and args (on invalid input, bedside stops, login, role and duty refusals,"
                        + " concurrent changes and the 503s database-unavailable and database-read-only) say the same as a"
                        + " message key with named arguments (an"
                        + " argument is a number, text, or itself {code, args}, as a route or an order status is), which"
                        + " the screens word in the user's"
                        + " language from their bundles (i18n/en.json, i18n/cy.json); an order-check alert carries them as"
                        + " wording {code, args} beside its English message. Every read of patient"
                        + " data is an audit entry naming the patients shown; a request a screen makes by itself (a refresh)"
                        + " carries the header X-Epma-Background: refresh, and is then recorded only when it shows something"
                        + " new. Refused requests are logged, and a logged-in user's 403 is audited."),
        tags = {
            @Tag(name = "Session", description = "Logging in and out, the user's language"),
            @Tag(name = "Wards", description = "Wards and the patients on them"),
            @Tag(name = "Patients", description = "Registering patients and recording weight, height, renal function, pregnancy and allergies"),
            @Tag(name = "Formulary", description = "Searching the medicines that can be prescribed"),
            @Tag(name = "Prescriptions", description = "Checking, prescribing, signing, changing, suspending and stopping orders"),
            @Tag(name = "Administration", description = "Staff accounts (ADMIN)"),
            @Tag(name = "Audit", description = "The audit trail: searching it, a patient's access log, checking the chain (ADMIN, AUDITOR)"),
            @Tag(name = "System", description = "What the server is running"),
            @Tag(name = "FHIR", description = "FHIR R4 read and search (docs/fhir.md), base /api/v1/fhir/; the same"
                    + " resources also answer at the base /fhir/ (e.g. GET /fhir/metadata), with the same login, roles and"
                    + " read auditing")
        })
public class RestApplication extends Application {

    /**
     * Jersey leaves a relative Location as it is (PathOnlyLocation makes every Location a path, so that the request's
     * Host header never reaches one) and serves no WADL: the API is described at /openapi.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.headers.location.relative.resolution.disabled", true,
                "jersey.config.server.wadl.disableWadl", true);
    }
}
