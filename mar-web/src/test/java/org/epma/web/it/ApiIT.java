package org.epma.web.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.epma.prescribing.staff.Role;
import org.epma.web.http.SecurityHeaders;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.PatientJson;
import org.epma.web.security.ApiOperations;
import org.epma.web.security.ExpectedAccess;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built WAR in Payara Micro, in training mode on its own database: login, roles, CSRF, problem+json,
 * the audit trail and the training data, through the REST API as a client sees it; and the authorisation matrix,
 * every operation the OpenAPI document lists called by everyone, against the expected table ({@link ExpectedAccess}).
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
        assertEquals(200, admin.logIn("admin", "training-it-desk-1").status());
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
        Instant endsAt = Instant.parse(login.json().getString("sessionEndsAt"));
        assertTrue(Math.abs(Duration.between(Instant.now().plus(Duration.ofHours(12)), endsAt).toMinutes()) < 5,
                "a session lasts one 12-hour shift at most: " + endsAt);

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
        // the English detail for API clients, and the same sentence as a key and arguments for a screen in Welsh
        assertEquals("The last day (2026-12-01) is before the first (2026-12-03).", inverted.json().getString("detail"));
        assertEquals("refusal.period.lastBeforeFirst", inverted.json().getString("code"), inverted.body());
        assertEquals("2026-12-01", inverted.json().getJsonObject("args").getString("last"), inverted.body());
        assertEquals("2026-12-03", inverted.json().getJsonObject("args").getString("first"), inverted.body());
        Reply overAYear = pharmacist.get("api/v1/wards/DEWI/reports/controlled-drugs?from=2025-01-01&to=2026-12-31");
        assertEquals(400, overAYear.status(), overAYear.body());
        assertEquals("to", overAYear.json().getString("field"));
        Reply missing = pharmacist.get("api/v1/wards/DEWI/reports/controlled-drugs?to=2026-12-31");
        assertEquals("from", missing.json().getString("field"));
        assertEquals(404, pharmacist.get("api/v1/wards/NOSUCHWARD/reports/controlled-drugs?from=2026-12-01&to=2026-12-03").status());
    }

    @Test
    void aPatientsPrintedMarAndAWardsCriticalOmissionsAreForClinicalStaffAndABadPeriodIsNamed() {
        ApiClient nurse = client();
        assertEquals(200, nurse.logIn("nurse.evans", "training-nurse-1").status());
        long patient = nurse.get("api/v1/wards/DEWI/patients").structure().asJsonArray().getJsonObject(0)
                .getJsonNumber("patientId").longValue();
        Reply mar = nurse.get("api/v1/patients/" + patient + "/reports/mar?from=2026-11-01&to=2026-12-31");
        assertEquals(200, mar.status(), mar.body());
        assertEquals("application/pdf", mar.contentType());
        assertTrue(mar.body().startsWith("%PDF-"), "a PDF");
        Reply inverted = nurse.get("api/v1/patients/" + patient + "/reports/mar?from=2026-12-03&to=2026-12-01");
        assertEquals(400, inverted.status(), inverted.body());
        assertEquals("application/problem+json", inverted.contentType());
        assertEquals("to", inverted.json().getString("field"));
        assertEquals(404, nurse.get("api/v1/patients/999999999/reports/mar?from=2026-12-01&to=2026-12-03").status());

        Reply omissions = nurse.get("api/v1/wards/DEWI/reports/critical-omissions?from=2026-11-01&to=2026-12-31");
        assertEquals(200, omissions.status(), omissions.body());
        assertEquals("application/pdf", omissions.contentType());
        Reply overAYear = nurse.get("api/v1/wards/DEWI/reports/critical-omissions?from=2025-01-01&to=2026-12-31");
        assertEquals(400, overAYear.status(), overAYear.body());
        assertEquals("to", overAYear.json().getString("field"));
        Reply unknown = nurse.get("api/v1/wards/NOSUCHWARD/reports/critical-omissions?from=2026-12-01&to=2026-12-03");
        assertEquals(404, unknown.status());
        assertEquals("application/problem+json", unknown.contentType());
        // overrides and interventions are the pharmacists'
        assertEquals(403, nurse.get("api/v1/wards/DEWI/reports/overrides-interventions?from=2026-12-01&to=2026-12-03").status());
        assertEquals(403, admin().get("api/v1/patients/" + patient + "/reports/mar?from=2026-12-01&to=2026-12-03").status());
    }

    @Test
    void overridesAndTurnaroundForPharmacistsAndTurnaroundAloneForTheAdministrator() {
        ApiClient pharmacist = client();
        assertEquals(200, pharmacist.logIn("pharm.hughes", "training-pharmacist").status());
        Reply review = pharmacist.get("api/v1/wards/DEWI/reports/overrides-interventions?from=2026-11-01&to=2026-12-31");
        assertEquals(200, review.status(), review.body());
        assertEquals("application/pdf", review.contentType());
        Reply missing = pharmacist.get("api/v1/wards/DEWI/reports/overrides-interventions?to=2026-12-31");
        assertEquals(400, missing.status(), missing.body());
        assertEquals("from", missing.json().getString("field"));
        assertEquals(404, pharmacist.get("api/v1/wards/NOSUCHWARD/reports/overrides-interventions?from=2026-12-01&to=2026-12-03").status());

        Reply turnaround = pharmacist.get("api/v1/reports/verification-turnaround?from=2026-11-01&to=2026-12-31&ward=DEWI");
        assertEquals(200, turnaround.status(), turnaround.body());
        assertEquals("application/pdf", turnaround.contentType());
        ApiClient admin = admin();
        Reply everyWard = admin.get("api/v1/reports/verification-turnaround?from=2026-11-01&to=2026-12-31");
        assertEquals(200, everyWard.status(), everyWard.body());
        assertTrue(everyWard.body().startsWith("%PDF-"), "a PDF");
        Reply unknown = admin.get("api/v1/reports/verification-turnaround?from=2026-12-01&to=2026-12-03&ward=NOSUCHWARD");
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals("application/problem+json", unknown.contentType());
        Reply inverted = admin.get("api/v1/reports/verification-turnaround?from=2026-12-03&to=2026-12-01");
        assertEquals(400, inverted.status(), inverted.body());
        assertEquals("to", inverted.json().getString("field"));
        ApiClient nurse = client();
        assertEquals(200, nurse.logIn("nurse.evans", "training-nurse-1").status());
        assertEquals(403, nurse.get("api/v1/reports/verification-turnaround?from=2026-12-01&to=2026-12-03").status());
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

    /** The open session was ended because the account changed: 401 problem+json that says so in general terms. */
    private static void assertSessionEndedByAccountChange(Reply reply) {
        assertProblem(reply, 401);
        assertTrue(reply.json().getString("type").endsWith("/session-ended/account"), reply.body());
        assertTrue(reply.json().getString("detail").contains("account was changed"), reply.body());
    }

    private ApiClient loggedIn(String username, String password) {
        ApiClient user = client();
        Reply login = user.logIn(username, password);
        assertEquals(200, login.status(), login.body());
        return user;
    }

    /** JSON-B leaves a null out. */
    private static boolean isLocked(JsonObject account) {
        return account.containsKey("lockedUntil") && !account.isNull("lockedUntil");
    }

    private static JsonObject account(ApiClient admin, String username) {
        return admin.get("api/v1/users").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(user -> user.getString("username").equals(username)).findFirst().orElseThrow();
    }

    @Test
    void theItAdministratorHasNoClinicalAccessButKeepsAccountsAndTheAuditTrail() {
        ApiClient admin = admin();
        for (String path : List.of("api/v1/wards", "api/v1/wards/DEWI/patients", "api/v1/wards/DEWI/drug-round",
                "api/v1/patients?hospitalNumber=TRN01006", "api/v1/patients/1", "api/v1/patients/1/prescriptions",
                "api/v1/patients/1/mar", "api/v1/prescriptions/1", "api/v1/verification-queue", "api/v1/missing-dose-requests",
                "api/v1/interface-messages", "api/v1/formulary?q=para")) {
            assertProblem(admin.get(path), 403);
        }
        assertProblem(admin.send("POST", "api/v1/patients", "{\"hospitalNumber\":\"AD12345\",\"givenName\":\"A\","
                + "\"familyName\":\"B\",\"dateOfBirth\":\"1970-01-01\",\"sex\":\"MALE\"}"), 403);
        assertProblem(admin.send("POST", "api/v1/patients/1/admission", "{\"ward\":\"DEWI\",\"bed\":\"4\"}"), 403);
        assertEquals(200, admin.get("api/v1/users").status());
        assertEquals(200, admin.get("api/v1/audit/verification").status());
        assertEquals(200, admin.get("api/v1/session").status());
    }

    @Test
    void everyRefusedLoginGetsTheSameAnswerWhateverTheReason() {
        ApiClient admin = admin();
        String disabled = newNurse(admin);
        assertEquals(200, admin.send("POST", "api/v1/users/" + disabled + "/disable", "{\"reason\":\"test\"}").status());
        String locked = newNurse(admin);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, client().from("192.0.2.10").logIn(locked, "wrong password " + i).status());
        }
        String wrongPassword = newNurse(admin);

        Reply unknown = client().from("192.0.2.10").logIn("nobody.here", "first password 1");
        assertProblem(unknown, 401);
        for (Reply refused : List.of(client().from("192.0.2.10").logIn(wrongPassword, "not the password"),
                client().from("192.0.2.10").logIn(disabled, "first password 1"),
                client().from("192.0.2.10").logIn(locked, "first password 1"))) {
            assertEquals(unknown.status(), refused.status(), refused.body());
            assertEquals(unknown.body(), refused.body());
        }
        // the administrator still sees which it was
        assertFalse(account(admin, disabled).getBoolean("enabled"));
        assertTrue(isLocked(account(admin, locked)), account(admin, locked).toString());
        assertFalse(isLocked(account(admin, wrongPassword)));
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenForTheRightPasswordAndEndItsOpenSession() {
        ApiClient admin = admin();
        String username = newNurse(admin);
        ApiClient nurse = loggedIn(username, "first password 1");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, client().from("192.0.2.11").logIn(username, "wrong password " + i).status());
        }
        assertProblem(client().logIn(username, "first password 1"), 401);
        assertSessionEndedByAccountChange(nurse.get("api/v1/wards"));
        assertTrue(isLocked(account(admin, username)));
    }

    @Test
    void aDisabledUsersOpenSessionsAreRefusedAtOnceForReadsAndWrites() {
        ApiClient admin = admin();
        String username = newNurse(admin);
        ApiClient reading = loggedIn(username, "first password 1");
        ApiClient writing = loggedIn(username, "first password 1");
        assertEquals(200, reading.get("api/v1/wards").status());

        Reply disabled = admin.send("POST", "api/v1/users/" + username + "/disable", "{\"reason\":\"left the trust\"}");
        assertEquals(200, disabled.status(), disabled.body());

        assertSessionEndedByAccountChange(reading.get("api/v1/wards"));
        assertSessionEndedByAccountChange(writing.send("PUT", "api/v1/session/language", "{\"language\":\"cy\"}"));
        assertEquals("en", account(admin, username).getString("language"), "the refused write changed nothing");
        // the session stays ended, and says why to the screen's later requests too
        assertSessionEndedByAccountChange(reading.get("api/v1/session"));
        assertEquals(200, admin.send("POST", "api/v1/users/" + username + "/enable", null).status());
        assertSessionEndedByAccountChange(reading.get("api/v1/wards"));
        assertEquals(200, loggedIn(username, "first password 1").get("api/v1/wards").status(), "a new login is needed");
    }

    @Test
    void anAdminResetsAPasswordWhichEndsTheUsersSessionsAndDisablesAnAccount() {
        ApiClient admin = admin();
        String username = newNurse(admin);
        ApiClient nurse = loggedIn(username, "first password 1");
        assertEquals(204, admin.send("PUT", "api/v1/users/" + username + "/password",
                "{\"password\":\"second password 2\",\"adminPassword\":\"training-it-desk-1\"}").status());
        assertSessionEndedByAccountChange(nurse.get("api/v1/session"));
        assertProblem(client().logIn(username, "first password 1"), 401);
        assertEquals(200, client().logIn(username, "second password 2").status());

        assertProblem(admin.send("POST", "api/v1/users/" + username + "/disable", "{}"), 400);
        Reply disabled = admin.send("POST", "api/v1/users/" + username + "/disable", "{\"reason\":\"left the trust\"}");
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().getBoolean("enabled"));
        assertProblem(client().logIn(username, "second password 2"), 401);
    }

    @Test
    void resettingAnotherUsersPasswordAsksForTheAdministratorsOwnPasswordAgain() {
        ApiClient admin = admin();
        String otherAdmin = "it." + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, admin.send("POST", "api/v1/users", "{\"username\":\"" + otherAdmin
                + "\",\"displayName\":\"Test Admin\",\"roles\":[\"ADMIN\"],\"password\":\"kettle lantern orchard\"}").status());
        ApiClient it = loggedIn(otherAdmin, "kettle lantern orchard");
        String username = newNurse(admin);
        String path = "api/v1/users/" + username + "/password";

        Reply missing = it.send("PUT", path, "{\"password\":\"second password 2\"}");
        assertProblem(missing, 400);
        assertEquals("adminPassword", missing.json().getString("field"));
        Reply wrong = it.send("PUT", path, "{\"password\":\"second password 2\",\"adminPassword\":\"not my password\"}");
        assertProblem(wrong, 403);
        assertEquals("adminPassword", wrong.json().getString("field"));
        assertTrue(wrong.json().getString("type").endsWith("/password-not-confirmed"), wrong.body());
        assertEquals(200, client().logIn(username, "first password 1").status(), "the password was not changed");

        Reply weak = it.send("PUT", path, "{\"password\":\"Password1234\",\"adminPassword\":\"kettle lantern orchard\"}");
        assertProblem(weak, 400);
        assertEquals("password", weak.json().getString("field"));
        assertEquals(204, it.send("PUT", path, "{\"password\":\"second password 2\",\"adminPassword\":\"kettle lantern orchard\"}").status());
        assertEquals(200, client().logIn(username, "second password 2").status());
    }

    @Test
    void usersChangeTheirOwnPasswordAndTheirOtherSessionsEnd() {
        String username = newNurse(admin());
        ApiClient here = loggedIn(username, "first password 1");
        ApiClient elsewhere = loggedIn(username, "first password 1");

        Reply wrongCurrent = here.send("PUT", "api/v1/session/password",
                "{\"currentPassword\":\"not my password\",\"password\":\"kettle lantern orchard\"}");
        assertProblem(wrongCurrent, 403);
        assertEquals("currentPassword", wrongCurrent.json().getString("field"));
        Reply tooShort = here.send("PUT", "api/v1/session/password", "{\"currentPassword\":\"first password 1\",\"password\":\"kettle\"}");
        assertProblem(tooShort, 400);
        assertEquals("password", tooShort.json().getString("field"));
        assertEquals("refusal.staff.passwordTooShort", tooShort.json().getString("code"), tooShort.body());
        assertEquals(12, tooShort.json().getJsonObject("args").getInt("least"), tooShort.body());
        Reply containsName = here.send("PUT", "api/v1/session/password",
                "{\"currentPassword\":\"first password 1\",\"password\":\"I am " + username + "\"}");
        assertProblem(containsName, 400);
        assertEquals(200, elsewhere.get("api/v1/wards").status(), "refused changes end no session");

        assertEquals(204, here.send("PUT", "api/v1/session/password",
                "{\"currentPassword\":\"first password 1\",\"password\":\"kettle lantern orchard\"}").status());
        assertEquals(200, here.get("api/v1/session").status(), "the session that changed it goes on");
        assertEquals(200, here.send("PUT", "api/v1/session/language", "{\"language\":\"en\"}").status());
        assertSessionEndedByAccountChange(elsewhere.get("api/v1/wards"));
        assertProblem(client().logIn(username, "first password 1"), 401);
        assertEquals(200, client().logIn(username, "kettle lantern orchard").status());
    }

    @Test
    void tooManyFailedLoginsFromOneAddressAreAnswered429WithRetryAfter() {
        String address = "198.51.100.23";
        for (int i = 0; i < 30; i++) {
            assertEquals(401, client().from(address).logIn("nobody." + i, "not the password").status());
        }
        Reply throttled = client().from(address).logIn("nurse.evans", "training-nurse-1");
        assertProblem(throttled, 429);
        assertTrue(throttled.json().getString("type").endsWith("/too-many-logins"), throttled.body());
        long retryAfter = Long.parseLong(throttled.response().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 600, "Retry-After " + retryAfter + " (the test server's window: 600 s)");
        // another address is not held up
        assertEquals(200, client().from("198.51.100.24").logIn("nurse.evans", "training-nurse-1").status());
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
        ApiClient nurse = client();
        nurse.logIn("nurse.williams", "training-nurse-3");
        assertProblem(nurse.get("api/v1/wards/NOWARD/patients"), 404);
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
    void everyChangeAboveLeavesAnIntactAuditChainKeyedWithTheSitesKey() {
        ApiClient admin = admin();
        newNurse(admin);
        client().logIn("pharm.hughes", "wrong password");
        JsonObject report = admin.get("api/v1/audit/verification").json();
        assertTrue(report.getBoolean("intact"), report.toString());
        assertTrue(report.getBoolean("keyed"), report.toString());
        assertEquals(1, report.getJsonNumber("keyedFromSeq").longValue(), report.toString());
        assertEquals(16, report.getString("keyId").length(), report.toString());
        assertTrue(report.getJsonNumber("entriesChecked").longValue() > 100, report.toString());
        assertTrue(auditor().get("api/v1/audit/verification").json().getBoolean("keyed"));
    }

    private ApiClient auditor() {
        ApiClient auditor = client();
        assertEquals(200, auditor.logIn("auditor.rees", "training-auditor-1").status());
        return auditor;
    }

    private ApiClient loggedIn(String username) {
        ApiClient user = client();
        assertEquals(200, user.logIn(username, "first password 1").status());
        return user;
    }

    private static long firstPatientOn(ApiClient user, String ward) {
        return user.get("api/v1/wards/" + ward + "/patients").structure().asJsonArray().getJsonObject(0)
                .getJsonNumber("patientId").longValue();
    }

    /** The trail's entries by {@code username}, newest first, as an auditor finds them. */
    private List<JsonObject> entriesBy(String username, String action) {
        Reply found = auditor().get("api/v1/audit/entries?size=200&user=" + username + "&action=" + action);
        assertEquals(200, found.status(), found.body());
        return found.json().getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    @Test
    void readingAPatientsChartIsInTheirAccessLogForAnAuditor() {
        String username = newNurse(admin());
        ApiClient nurse = loggedIn(username);
        long patient = firstPatientOn(nurse, "TEIFI");
        assertEquals(200, nurse.get("api/v1/patients/" + patient).status());
        assertEquals(200, nurse.get("api/v1/patients/" + patient + "/mar").status());

        Reply log = auditor().get("api/v1/audit/patients/" + patient + "/access");
        assertEquals(200, log.status(), log.body());
        List<JsonObject> mine = log.json().getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("actor").equals(username)).toList();
        assertEquals(List.of("Mar", "Patient", "WardPatients"), mine.stream().map(e -> e.getString("entityType")).toList(), log.body());
        JsonObject chart = mine.get(0);
        assertEquals("READ", chart.getString("action"));
        assertEquals("NURSE", chart.getString("actorRole"));
        assertEquals(Long.toString(patient), chart.getString("entityId"));
        assertEquals(List.of(patient), chart.getJsonArray("patients").getValuesAs(JsonNumber::longValue));
        assertTrue(mine.get(2).getJsonArray("patients").size() > 1, "the ward list names everyone it showed");

        JsonObject search = auditor().get("api/v1/audit/entries?action=READ&user=" + username + "&patient=" + patient).json();
        assertEquals(3, search.getJsonArray("entries").size(), search.toString());
        assertFalse(search.getBoolean("more"));
        assertTrue(entriesBy("auditor.rees", "READ").stream().anyMatch(e -> e.getString("entityType").equals("AuditTrail")
                && e.getString("entityId").equals(Long.toString(patient))), "looking at a patient's access log is itself audited");
    }

    @Test
    void automaticRefreshesOfTheDrugRoundAreRecordedOnceAndWhatANurseAsksForEveryTime() {
        String username = newNurse(admin());
        ApiClient nurse = loggedIn(username);
        Map<String, String> background = Map.of("X-Epma-Background", "refresh");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, nurse.send("GET", "api/v1/wards/DEWI/drug-round", null, background).status());
        }
        assertEquals(200, nurse.get("api/v1/wards/DEWI/drug-round").status());
        List<JsonObject> rounds = entriesBy(username, "READ");
        assertEquals(2, rounds.size(), rounds.toString());
        for (JsonObject round : rounds) {
            assertEquals("DrugRound", round.getString("entityType"));
            assertEquals("DEWI", round.getString("entityId"));
            assertTrue(round.getJsonArray("patients").size() > 1, round.toString());
        }
        assertTrue(rounds.get(1).getString("after").contains("automatic"), rounds.get(1).toString());
    }

    @Test
    void aNurseCannotReadTheAuditTrailAndTheRefusalIsItselfAudited() {
        String username = newNurse(admin());
        ApiClient nurse = loggedIn(username);
        assertProblem(nurse.get("api/v1/audit/entries"), 403);
        assertProblem(nurse.get("api/v1/audit/patients/1/access"), 403);
        List<JsonObject> refused = entriesBy(username, "ACCESS_REFUSED");
        assertEquals(2, refused.size(), refused.toString());
        assertTrue(refused.get(0).getString("entityId").matches("GET /.*api/v1/audit/patients/1/access"), refused.toString());
        assertTrue(refused.get(1).getString("entityId").matches("GET /.*api/v1/audit/entries"), refused.toString());
        assertTrue(refused.get(0).getString("after").contains("\"problem\":\"forbidden\""), refused.get(0).toString());
    }

    @Test
    void anAuditorCannotReadClinicalData() {
        ApiClient auditor = auditor();
        long patient = firstPatientOn(loggedIn(newNurse(admin())), "DEWI");
        for (String clinical : List.of("patients/" + patient, "patients/" + patient + "/mar", "patients/" + patient + "/prescriptions",
                "wards/DEWI/patients", "wards/DEWI/drug-round", "verification-queue", "missing-dose-requests",
                "interface-messages", "users")) {
            assertProblem(auditor.get("api/v1/" + clinical), 403);
        }
    }

    @Test
    void anAdministratorMakesAnAuditorAndTheTrailRefusesBadFilters() {
        ApiClient admin = admin();
        String username = "auditor." + UUID.randomUUID().toString().substring(0, 8);
        Reply created = admin.send("POST", "api/v1/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Test Auditor\",\"roles\":[\"AUDITOR\"],\"password\":\"first password 1\"}");
        assertEquals(201, created.status(), created.body());
        ApiClient auditor = loggedIn(username);
        assertEquals(200, auditor.get("api/v1/audit/entries?size=1").status());
        assertEquals("size", auditor.get("api/v1/audit/entries?size=500").json().getString("field"));
        assertEquals("action", auditor.get("api/v1/audit/entries?action=PEEKED").json().getString("field"));
        assertEquals("from", auditor.get("api/v1/audit/entries?from=yesterday").json().getString("field"));
        assertProblem(auditor.get("api/v1/audit/entries?hospitalNumber=NOSUCH1"), 404);
        assertEquals(200, admin.get("api/v1/audit/entries?size=1&action=LOGGED_IN").status());
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

    /** What every answer of the application must carry, whoever produced it. */
    private static void assertSecurityHeaders(String what, Reply reply) {
        HttpHeaders headers = reply.response().headers();
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, headers.firstValue("Content-Security-Policy").orElse(null), what);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"), what);
        assertEquals(SecurityHeaders.REFERRER_POLICY, headers.firstValue("Referrer-Policy").orElse(null), what);
        assertEquals(SecurityHeaders.PERMISSIONS_POLICY, headers.firstValue("Permissions-Policy").orElse(null), what);
        // plain HTTP: HSTS is for answers over TLS only
        assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), what);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersStaticApiAndErrors() {
        ApiClient anyone = client();
        ApiClient nurse = client();
        nurse.logIn("nurse.evans", "training-nurse-1");
        Map<String, Reply> answers = new LinkedHashMap<>();
        answers.put("the welcome page", anyone.get(""));
        answers.put("a static page", anyone.get("login.html"));
        answers.put("a style sheet", anyone.get("css/app.css"));
        answers.put("an API answer", anyone.get("api/v1/system"));
        answers.put("an API answer with patient data", nurse.get("api/v1/wards/DEWI/patients"));
        answers.put("an API 401", anyone.get("api/v1/wards"));
        answers.put("an API 404", nurse.get("api/v1/no-such-thing"));
        answers.put("a missing page (error page)", anyone.get("no-such-page.html"));
        answers.put("a folder without its slash", anyone.get("css"));
        answers.put("a method a static page refuses (error page)", anyone.sendTyped("DELETE", "index.html", "", "text/plain"));
        answers.forEach((what, reply) -> {
            assertTrue(reply.status() < 500, what + ": " + reply.status());
            assertSecurityHeaders(what + " (" + reply.status() + ")", reply);
        });
        assertEquals(404, answers.get("a missing page (error page)").status());
        assertEquals(404, answers.get("a folder without its slash").status(), "a folder is not redirected to with the Host");
    }

    @Test
    void theBrowserKeepsNoCopyOfPatientDataOnlyOfTheStaticAssets() {
        ApiClient nurse = client();
        Reply login = nurse.logIn("nurse.evans", "training-nurse-1");
        long patient = nurse.get("api/v1/wards/DEWI/patients").structure().asJsonArray().getJsonObject(0).getJsonNumber("patientId").longValue();
        Map<String, Reply> stored = Map.of(
                "the login answer", login,
                "a ward's patients", nurse.get("api/v1/wards/DEWI/patients"),
                "a patient's chart", nurse.get("api/v1/patients/" + patient + "/mar"),
                "a 401", client().get("api/v1/wards"),
                "a 404 problem", nurse.get("no-such-page.html"),
                "a page", nurse.get("patient.html"));
        stored.forEach((what, reply) -> assertEquals("no-store",
                reply.response().headers().firstValue("Cache-Control").orElse(null), what + " (" + reply.status() + ")"));
        for (String asset : List.of("css/app.css", "js/api.js", "i18n/cy.json")) {
            Reply reply = nurse.get(asset);
            assertEquals(200, reply.status(), asset);
            assertEquals("no-cache", reply.response().headers().firstValue("Cache-Control").orElse(null), asset);
        }
    }

    @Test
    void metricsAndTheWadlAreNotOpenOnTheApplicationPort() {
        String server = ApiClient.loopback(deployment).resolve("/").toString();
        ApiClient nurse = client();
        nurse.logIn("nurse.evans", "training-nurse-1");
        for (ApiClient caller : List.of(client(), nurse)) {
            Reply metrics = caller.send("GET", server + "metrics", null);
            assertTrue(metrics.status() == 403 || metrics.status() == 404, metrics.status() + " " + metrics.body());
            assertFalse(metrics.body().contains("# TYPE"), metrics.body());
        }
        assertProblem(nurse.get("api/v1/application.wadl"), 404);
        Reply options = nurse.send("OPTIONS", "api/v1/wards", null);
        assertFalse(options.body().contains("wadl"), options.body());
    }

    /** Operations that end the caller's session: each caller makes them from a session of its own. */
    private static final Set<String> ENDS_THE_SESSION = Set.of("DELETE /api/v1/session");

    @Test
    void theOpenApiDocumentListsEveryOperationOfTheResourceClassesAndTheExpectedTableNamesEach() {
        Set<String> listed = new TreeSet<>(OpenApiDocument.operations(deployment).stream().map(OpenApiDocument.Operation::key).toList());
        Set<String> reflected = new TreeSet<>(ApiOperations.all().stream().map(ApiOperations.Operation::key).toList());
        Set<String> tabled = new TreeSet<>(ExpectedAccess.table().keySet());
        assertEquals(reflected, listed, "the resource classes against /openapi");
        assertEquals(listed, tabled, "/openapi against ExpectedAccess");
    }

    /**
     * Every operation of /openapi × anonymous and a user of each role: anonymous gets 401, a role the table does not
     * name gets 403, a role it names gets neither (the empty body may then be refused, but never with a 5xx); and
     * every change that an allowed role sends without the session's CSRF token is refused.
     */
    @Test
    void everyOperationAnswersEveryCallerAsTheExpectedTableSays() {
        Map<String, String> samples = matrixSamples();
        Map<Role, DemoStaff> staff = DemoStaff.byRole();
        Map<Role, ApiClient> sessions = new LinkedHashMap<>();
        staff.forEach((role, user) -> sessions.put(role, logIn(user)));
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        List<OpenApiDocument.Operation> operations = OpenApiDocument.operations(deployment);
        for (OpenApiDocument.Operation operation : operations) {
            ExpectedAccess.Access access = ExpectedAccess.of(operation.key());
            if (access == null) {
                wrong.add(operation.key() + ": not in ExpectedAccess");
                continue;
            }
            String address = operation.address(name -> samples.getOrDefault(operation.path() + " " + name,
                    Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L))));
            Reply anonymous = call(client(), operation, address, true);
            requests++;
            judge(wrong, operation, "anonymous", anonymous, access.open() ? 0 : 401);
            for (Map.Entry<Role, ApiClient> caller : sessions.entrySet()) {
                DemoStaff user = staff.get(caller.getKey());
                ApiClient client = ENDS_THE_SESSION.contains(operation.key()) ? logIn(user) : caller.getValue();
                requests++;
                judge(wrong, operation, caller.getKey() + " (" + user.username() + ")", call(client, operation, address, true),
                        user.roles().stream().anyMatch(access::allows) ? 0 : 403);
            }
            if (operation.changesState() && !access.open()) {
                Role allowed = access.roles().iterator().next();
                Reply withoutToken = call(sessions.get(allowed), operation, address, false);
                requests++;
                if (withoutToken.status() != 403 || !withoutToken.body().contains("csrf-token")) {
                    wrong.add(operation.key() + " as " + allowed + " without the CSRF token: " + withoutToken.status() + " " + withoutToken.body());
                }
            }
        }
        System.out.println("ApiIT authorisation matrix: " + operations.size() + " operations × " + (sessions.size() + 1)
                + " callers (anonymous, " + String.join(", ", sessions.keySet().stream().map(Role::name).toList()) + ") = "
                + operations.size() * (sessions.size() + 1) + " cells; " + requests + " requests with the changes sent"
                + " without the CSRF token; " + wrong.size() + " answered wrongly");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private ApiClient logIn(DemoStaff user) {
        ApiClient client = client();
        Reply login = client.logIn(user.username(), user.password());
        assertEquals(200, login.status(), user.username() + ": " + login.body());
        return client;
    }

    /** The matrix's own patient and draft, a user to manage, and known ward and product codes, by "path parameter". */
    private Map<String, String> matrixSamples() {
        ApiClient doctor = client();
        assertEquals(200, doctor.logIn("dr.jones", "training-doctor-1").status());
        Reply patient = doctor.send("POST", "api/v1/patients",
                PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("M")).named("Matrix", "Patient").toString());
        assertEquals(201, patient.status(), patient.body());
        String patientId = patient.json().getJsonNumber("id").toString();
        Reply draft = doctor.send("POST", "api/v1/patients/" + patientId + "/prescriptions", OrderJson.omeprazoleDaily().toString());
        assertEquals(201, draft.status(), draft.body());
        String user = newNurse(admin());
        Map<String, String> samples = new LinkedHashMap<>();
        for (OpenApiDocument.Operation operation : OpenApiDocument.operations(deployment)) {
            String path = operation.path();
            if (path.startsWith("/api/v1/patients/")) {
                samples.put(path + " id", patientId);
                samples.put(path + " patientId", patientId);
            } else if (path.startsWith("/api/v1/prescriptions/")) {
                samples.put(path + " id", draft.json().getJsonNumber("id").toString());
            } else if (path.startsWith("/api/v1/wards/")) {
                samples.put(path + " code", "DEWI");
            } else if (path.startsWith("/api/v1/formulary/")) {
                samples.put(path + " code", "PARACETAMOL-TAB-500");
            } else if (path.startsWith("/api/v1/users/")) {
                samples.put(path + " username", user);
            }
        }
        return samples;
    }

    /** The operation with an empty JSON object for a body where it may take one, and a new Idempotency-Key where it takes one. */
    private static Reply call(ApiClient client, OpenApiDocument.Operation operation, String address, boolean withCsrf) {
        String body = Set.of("POST", "PUT", "PATCH").contains(operation.method()) ? "{}" : null;
        Map<String, String> headers = operation.headers().contains("Idempotency-Key")
                ? Map.of("Idempotency-Key", UUID.randomUUID().toString()) : Map.of();
        return withCsrf ? client.send(operation.method(), address, body, headers) : client.sendWithoutCsrf(operation.method(), address, body, headers);
    }

    /** @param refusal 401 or 403 when the caller must be refused for who they are; 0 when they must not be */
    private static void judge(List<String> wrong, OpenApiDocument.Operation operation, String caller, Reply reply, int refusal) {
        String problem = null;
        if (reply.status() >= 500) {
            problem = "a server error";
        } else if (refusal == 0 && (reply.status() == 401 || reply.status() == 403)) {
            problem = "refused, though the table allows " + caller;
        } else if (refusal != 0 && reply.status() != refusal) {
            problem = "not refused with " + refusal;
        } else if (refusal != 0 && !reply.body().contains(refusal == 401 ? "not-logged-in" : "/forbidden")) {
            problem = "refused, but not by the access rules";
        }
        if (problem != null) {
            wrong.add(operation.key() + " as " + caller + ": " + problem + " (" + reply.status() + " "
                    + reply.body().substring(0, Math.min(200, reply.body().length())) + ")");
        }
    }
}
