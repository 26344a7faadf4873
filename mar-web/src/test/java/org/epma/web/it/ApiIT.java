package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.epma.web.it.ApiClient.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR in Payara Micro, in training mode on its own database: login, roles, CSRF, problem+json,
 * the audit trail and the training data, through the REST API as a client sees it.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("epma.it.war")));
    }

    @ArquillianResource
    URL deployment;

    private ApiClient client() {
        return new ApiClient(deployment);
    }

    private ApiClient admin() {
        ApiClient admin = client();
        assertEquals(200, admin.logIn("admin", "training-admin-1").status());
        return admin;
    }

    /** A new nurse account of this test's own, so no test depends on another's lock-outs or changes. */
    private String newNurse(ApiClient admin) {
        String username = "nurse." + UUID.randomUUID().toString().substring(0, 8);
        Reply created = admin.send("POST", "api/v1/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Test Nurse\",\"roles\":[\"NURSE\"],\"password\":\"first password 1\"}");
        assertEquals(201, created.status(), created.body());
        return username;
    }

    private static void assertProblem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("type").isBlank());
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    @Test
    void theServerSaysItIsTheTrainingSystem() {
        Reply system = client().get("api/v1/system");
        assertEquals(200, system.status());
        assertTrue(system.json().getBoolean("training"));
    }

    @Test
    void aNurseLogsInAndSeesTheWardsAndThePatientsOfAWard() {
        ApiClient nurse = client();
        Reply login = nurse.logIn("nurse.evans", "training-nurse-1");
        assertEquals(200, login.status(), login.body());
        assertEquals(List.of("NURSE"), login.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(900, login.json().getInt("idleTimeoutSeconds"));

        JsonArray wards = nurse.get("api/v1/wards").structure().asJsonArray();
        assertEquals(4, wards.size());
        JsonArray patients = nurse.get("api/v1/wards/DEWI/patients").structure().asJsonArray();
        assertEquals(12, patients.size());
        JsonObject first = patients.getJsonObject(0);
        assertEquals("1", first.getString("bed"));
        assertEquals("Siân", first.getString("givenName"));
        assertEquals("KNOWN_ALLERGIES", first.getString("allergyStatus"));
        assertEquals("Penicillin (Rash)", first.getJsonArray("allergies").getString(0));
        assertEquals("kg", first.getJsonObject("weight").getString("unit"));
    }

    @Test
    void aNursePrintsHerWardsDowntimeChartAndAnAdministratorMayNot() {
        ApiClient nurse = client();
        assertEquals(200, nurse.logIn("nurse.evans", "training-nurse-1").status());
        Reply chart = nurse.get("api/v1/wards/DEWI/reports/downtime-mar");
        assertEquals(200, chart.status(), chart.body());
        assertEquals("application/pdf", chart.contentType());
        assertTrue(chart.body().startsWith("%PDF-"), "a PDF");
        assertTrue(chart.response().headers().firstValue("Content-Disposition").orElseThrow().contains("downtime-mar-DEWI-"));

        Reply unknown = nurse.get("api/v1/wards/NOSUCHWARD/reports/downtime-mar");
        assertEquals(404, unknown.status());
        assertEquals("application/problem+json", unknown.contentType());
        Reply written = nurse.get("api/v1/wards/DEWI/reports/downtime-mar/written");
        assertEquals(200, written.status(), written.body());
        assertTrue(written.structure() instanceof JsonArray, written.body());
        assertEquals(404, nurse.get("api/v1/wards/DEWI/reports/downtime-mar/written/..%2F..%2Fetc%2Fpasswd").status());

        assertEquals(403, admin().get("api/v1/wards/DEWI/reports/downtime-mar").status());
    }

    @Test
    void theControlledDrugRegisterIsAPdfAndABadPeriodIsNamed() {
        ApiClient pharmacist = client();
        assertEquals(200, pharmacist.logIn("pharm.hughes", "training-pharmacist").status());
        Reply register = pharmacist.get("api/v1/wards/DEWI/reports/controlled-drugs?from=2026-01-01&to=2026-12-31");
        assertEquals(200, register.status(), register.body());
        assertEquals("application/pdf", register.contentType());
        assertTrue(register.body().startsWith("%PDF-"), "a PDF");

        Reply inverted = pharmacist.get("api/v1/wards/DEWI/reports/controlled-drugs?from=2026-12-03&to=2026-12-01");
        assertEquals(400, inverted.status(), inverted.body());
        assertEquals("application/problem+json", inverted.contentType());
        assertEquals("to", inverted.json().getString("field"));
        Reply overAYear = pharmacist.get("api/v1/wards/DEWI/reports/controlled-drugs?from=2025-01-01&to=2026-12-31");
        assertEquals(400, overAYear.status(), overAYear.body());
        assertEquals("to", overAYear.json().getString("field"));
        Reply missing = pharmacist.get("api/v1/wards/DEWI/reports/controlled-drugs?to=2026-12-31");
        assertEquals("from", missing.json().getString("field"));
        assertEquals(404, pharmacist.get("api/v1/wards/NOSUCHWARD/reports/controlled-drugs?from=2026-12-01&to=2026-12-03").status());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        Reply login = client().logIn("nurse.okafor", "training-nurse-2");
        String cookie = login.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=strict"), cookie);
    }

    @Test
    void withoutALoginTheApiAnswers401AsProblemJson() {
        assertProblem(client().get("api/v1/wards"), 401);
        assertProblem(client().get("api/v1/users"), 401);
    }

    @Test
    void aNurseCannotManageUsers() {
        ApiClient nurse = client();
        nurse.logIn("nurse.williams", "training-nurse-3");
        assertProblem(nurse.get("api/v1/users"), 403);
        assertProblem(nurse.get("api/v1/audit/verification"), 403);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        Reply wrong = client().logIn("dr.jones", "not-the-password");
        assertProblem(wrong, 401);
        Reply unknown = client().logIn("nobody.here", "not-the-password");
        assertEquals(wrong.json().getString("detail"), unknown.json().getString("detail"));
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() {
        String username = newNurse(admin());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, client().logIn(username, "wrong password " + i).status());
        }
        Reply locked = client().logIn(username, "first password 1");
        assertProblem(locked, 401);
        assertTrue(locked.json().getString("detail").contains("locked"), locked.body());
    }

    @Test
    void anAdminResetsAPasswordAndDisablesAnAccount() {
        ApiClient admin = admin();
        String username = newNurse(admin);
        assertEquals(204, admin.send("PUT", "api/v1/users/" + username + "/password", "{\"password\":\"second password 2\"}").status());
        assertEquals(200, client().logIn(username, "second password 2").status());

        assertProblem(admin.send("POST", "api/v1/users/" + username + "/disable", "{}"), 400);
        Reply disabled = admin.send("POST", "api/v1/users/" + username + "/disable", "{\"reason\":\"left the trust\"}");
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().getBoolean("enabled"));
        Reply refused = client().logIn(username, "second password 2");
        assertProblem(refused, 401);
        assertTrue(refused.json().getString("detail").contains("disabled"), refused.body());
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() {
        ApiClient admin = admin();
        Reply refused = admin.sendWithoutCsrf("POST", "api/v1/users", "{\"username\":\"x.csrf\",\"displayName\":\"X\","
                + "\"roles\":[\"NURSE\"],\"password\":\"first password 1\"}");
        assertProblem(refused, 403);
        assertTrue(refused.json().getString("type").endsWith("csrf-token"), refused.body());
        assertFalse(admin.get("api/v1/users").structure().asJsonArray().stream()
                .anyMatch(u -> u.asJsonObject().getString("username").equals("x.csrf")));
    }

    @Test
    void badInputGets4xxProblemsNamingTheField() {
        ApiClient admin = admin();
        Reply malformed = admin.send("POST", "api/v1/users", "{\"username\": ");
        assertProblem(malformed, 400);
        Reply wrongType = admin.send("POST", "api/v1/users", "{\"username\":\"a.b\",\"displayName\":\"A B\",\"roles\":\"NURSE\","
                + "\"password\":\"first password 1\"}");
        assertProblem(wrongType, 400);
        Reply unknownRole = admin.send("POST", "api/v1/users", "{\"username\":\"a.b\",\"displayName\":\"A B\",\"roles\":[\"SURGEON\"],"
                + "\"password\":\"first password 1\"}");
        assertProblem(unknownRole, 400);
        assertEquals("roles", unknownRole.json().getString("field"));
        Reply shortPassword = admin.send("POST", "api/v1/users", "{\"username\":\"a.b\",\"displayName\":\"A B\",\"roles\":[\"NURSE\"],"
                + "\"password\":\"short\"}");
        assertEquals("password", shortPassword.json().getString("field"));
        assertProblem(admin.send("PUT", "api/v1/session/language", "{\"language\":\"fr\"}"), 400);
        assertProblem(admin.get("api/v1/wards/NOWARD/patients"), 404);
        assertProblem(admin.get("api/v1/no-such-thing"), 404);
        assertProblem(admin.send("POST", "api/v1/users", "{\"displayName\":\"" + "x".repeat(70_000) + "\"}"), 413);
    }

    @Test
    void theLanguageChoiceIsKeptForTheUser() {
        ApiClient admin = admin();
        String username = newNurse(admin);
        ApiClient nurse = client();
        nurse.logIn(username, "first password 1");
        assertEquals("cy", nurse.send("PUT", "api/v1/session/language", "{\"language\":\"cy\"}").json().getString("language"));
        assertEquals(204, nurse.send("DELETE", "api/v1/session", null).status());
        assertProblem(nurse.get("api/v1/session"), 401);
        assertEquals("cy", client().logIn(username, "first password 1").json().getString("language"));
    }

    @Test
    void everyChangeAboveLeavesAnIntactAuditChain() {
        ApiClient admin = admin();
        newNurse(admin);
        client().logIn("pharm.hughes", "wrong password");
        JsonObject report = admin.get("api/v1/audit/verification").json();
        assertTrue(report.getBoolean("intact"), report.toString());
        assertTrue(report.getJsonNumber("entriesChecked").longValue() > 100, report.toString());
    }

    @Test
    void healthReportsTheDatabaseAndOpenApiDescribesTheApi() {
        String server = ApiClient.loopback(deployment).resolve("/").toString();
        ApiClient anyone = client();
        Reply health = anyone.send("GET", server + "health", null);
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("database"), health.body());
        assertTrue(health.body().contains("downtime-mar") && health.body().contains("lastSucceededAt"),
                "when the downtime charts were last written: " + health.body());
        Reply openapi = anyone.send("GET", server + "openapi", null);
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/session"), openapi.body().substring(0, Math.min(500, openapi.body().length())));
        assertTrue(openapi.body().contains("/api/v1/wards/{code}/reports/downtime-mar"), "the reports are described");
    }
}
