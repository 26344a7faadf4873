package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.epma.prescribing.staff.Role;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.PatientJson;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input against the write endpoints (patients, measurements, allergies, prescriptions, signing,
 * administrations, users, the session) and races on one record: every answer is a small problem+json 4xx naming
 * the field or the conflict, never a 500, never Payara's HTML page, never the server's name. Besides the requests
 * written here by hand, a fuzz run sends at least 10,000 generated ones to every write operation and the HL7 listener.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final int SMALL = 2048;
    private static final String NUL = "\\u0000";
    /** Any refusal of the request's shape will do, so long as it is a 4xx problem. */
    private static final int ANY_4XX = 0;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("epma.it.war")));
    }

    @ArquillianResource
    URL deployment;

    private ApiClient as(String username, String password) {
        ApiClient client = new ApiClient(deployment);
        assertEquals(200, client.logIn(username, password).status());
        return client;
    }

    private ApiClient doctor() {
        return as("dr.jones", "training-doctor-1");
    }

    /** One hostile request and what it must get: a status (or ANY_4XX) and, for invalid input, the field (null: any or none). */
    private record Hostile(String what, ApiClient client, String method, String path, String body, int status, String field) {
    }

    /** What the server answered that it should not have, one line each; and how many answers were 5xx. */
    private static final class Findings {
        final List<String> wrong = new ArrayList<>();
        int serverErrors;
        int sent;

        void check(String what, Reply reply, int status, String field) {
            sent++;
            if (reply.status() >= 500) {
                serverErrors++;
            }
            List<String> problems = new ArrayList<>();
            boolean expected = status == ANY_4XX ? reply.status() >= 400 && reply.status() < 500 : reply.status() == status;
            if (!expected) {
                problems.add("status " + reply.status() + " not " + (status == ANY_4XX ? "4xx" : status));
            }
            problems.addAll(shapeOf(reply));
            if (field != null && problems.isEmpty() && !field.equals(reply.json().getString("field", null))) {
                problems.add("field " + reply.json().getString("field", null) + " not " + field);
            }
            if (reply.status() == status && reply.body().isEmpty() && problems.size() == 1
                    && problems.get(0).startsWith("content type") && field == null) {
                problems.clear(); // refused by the HTTP connector before any application: no body at all is as good
            }
            if (!problems.isEmpty()) {
                String body = reply.body();
                wrong.add(what + ": " + problems + " — " + body.substring(0, Math.min(300, body.length())));
            }
        }

        void assertNone() {
            System.out.println("HostileInputIT: " + sent + " hostile requests, " + serverErrors + " answered 5xx, "
                    + wrong.size() + " answered wrongly");
            assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        }
    }

    /** A small problem+json, without HTML, a stack trace or the server's name. */
    private static List<String> shapeOf(Reply reply) {
        List<String> problems = new ArrayList<>();
        String body = reply.body();
        if (!reply.contentType().startsWith("application/problem+json")) {
            problems.add("content type " + reply.contentType());
        }
        if (body.length() >= SMALL) {
            problems.add("body of " + body.length() + " characters");
        }
        String lower = body.toLowerCase();
        for (String leak : List.of("<html", "payara", "glassfish", "grizzly", "exception", "eclipselink", "psql")) {
            if (lower.contains(leak)) {
                problems.add("body mentions " + leak);
            }
        }
        for (String header : List.of("Server", "X-Powered-By")) {
            reply.response().headers().firstValue(header).ifPresent(v -> problems.add(header + ": " + v));
        }
        return problems;
    }

    private static String text(int length) {
        return "x".repeat(length);
    }

    private long newPatient(ApiClient doctor) {
        Reply created = doctor.send("POST", "api/v1/patients", PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("H"))
                .named("Hostile", "Input").sex("MALE").toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(201, doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("WEIGHT", "70")).status());
        assertEquals(201, doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("EGFR", "90")).status());
        assertEquals(200, doctor.send("PUT", "api/v1/patients/" + id + "/allergy-status", PatientJson.noKnownAllergies()).status());
        return id;
    }

    private static final String OMEPRAZOLE = "{\"productCode\":\"OMEPRAZOLE-GRCAP-20\",\"dose\":20,\"doseUnit\":\"mg\",\"route\":\"PO\","
            + "\"frequency\":\"OD\"}";

    private static String order(String extra) {
        return OMEPRAZOLE.replace("}", "," + extra + "}");
    }

    private static String prn(String extra) {
        return "{\"productCode\":\"PARACETAMOL-TAB-500\",\"dose\":1,\"doseUnit\":\"g\",\"route\":\"PO\",\"frequency\":\"PRN\","
                + "\"prnReason\":\"pain\",\"prnMinIntervalHours\":4,\"prnMaxPer24h\":4," + extra + "}";
    }

    private long draft(ApiClient doctor, long patient) {
        Reply draft = doctor.send("POST", "api/v1/patients/" + patient + "/prescriptions", OMEPRAZOLE);
        assertEquals(201, draft.status(), draft.body());
        return draft.json().getJsonNumber("id").longValue();
    }

    /** A signature acknowledging every warning and giving a reason for every serious alert of the draft. */
    private static String signature(ApiClient doctor, long draft) {
        List<JsonObject> alerts = doctor.get("api/v1/prescriptions/" + draft).json().getJsonArray("alerts").getValuesAs(JsonObject.class);
        return "{\"acknowledgements\":[" + alerts.stream().filter(a -> a.getString("severity").equals("WARNING"))
                .map(a -> "\"" + a.getString("key") + "\"").collect(Collectors.joining(",")) + "],\"overrides\":["
                + alerts.stream().filter(a -> a.getString("severity").equals("SEVERE"))
                .map(a -> "{\"key\":\"" + a.getString("key") + "\",\"reason\":\"Discussed\"}").collect(Collectors.joining(",")) + "]}";
    }

    private static String administration(long patient, long prescription, String extra) {
        return "{\"patientId\":" + patient + ",\"prescriptionId\":" + prescription + ",\"scheduledAt\":\"2026-11-23T08:00:00Z\","
                + "\"outcome\":\"NOT_GIVEN\",\"reason\":\"REFUSED\"," + extra + "}";
    }

    @Test
    void aHugeExponentIsRefusedWithoutEchoingIt() {
        ApiClient doctor = doctor();
        long patient = newPatient(doctor);
        Findings findings = new Findings();
        for (String number : List.of("1E+5000000", "1E+2147483647", "1E-2147483647", "1E+99999999999", "-1E+2147483648",
                "1" + "0".repeat(40), "0." + "0".repeat(30) + "1")) {
            Reply measurement = doctor.send("POST", "api/v1/patients/" + patient + "/measurements",
                    "{\"kind\":\"WEIGHT\",\"value\":" + number + "}");
            findings.check("weight " + number, measurement, 400, "value");
            assertTrue(!measurement.body().contains("00000000"), measurement.body());
            Reply dose = doctor.send("POST", "api/v1/patients/" + patient + "/order-checks",
                    OMEPRAZOLE.replace("\"dose\":20", "\"dose\":" + number));
            findings.check("dose " + number, dose, 400, "dose");
            assertTrue(!dose.body().contains("00000000"), dose.body());
        }
        findings.assertNone();
    }

    @Test
    void everyHostileInputIsASmall4xxProblemNamingTheField() {
        ApiClient doctor = doctor();
        ApiClient nurse = as("nurse.evans", "training-nurse-1");
        ApiClient admin = as("admin", "training-it-desk-1");
        ApiClient pharmacist = as("pharm.hughes", "training-pharmacist");
        ApiClient anyone = new ApiClient(deployment);
        long patient = newPatient(doctor);
        long draft = draft(doctor, patient);
        long signed = draft(doctor, patient);
        assertEquals(200, doctor.send("POST", "api/v1/prescriptions/" + signed + "/sign", signature(doctor, signed)).status());
        String patients = "api/v1/patients";
        String measurements = patients + "/" + patient + "/measurements";
        String allergies = patients + "/" + patient + "/allergies";
        String prescribe = patients + "/" + patient + "/prescriptions";
        String checks = patients + "/" + patient + "/order-checks";
        String sign = "api/v1/prescriptions/" + draft + "/sign";
        String newPatient = "{\"hospitalNumber\":\"HX12345\",\"givenName\":\"A\",\"familyName\":\"B\",\"dateOfBirth\":\"1970-01-01\","
                + "\"sex\":\"MALE\"}";

        List<Hostile> hostile = List.of(
                // patients
                new Hostile("hospital number of 21", doctor, "POST", patients, newPatient.replace("HX12345", text(21)), 400, "hospitalNumber"),
                new Hostile("hospital number with NUL", doctor, "POST", patients, newPatient.replace("HX12345", "HX" + NUL + "1"), 400, "hospitalNumber"),
                new Hostile("given name of 101", doctor, "POST", patients, newPatient.replace("\"A\"", "\"" + text(101) + "\""), 400, "givenName"),
                new Hostile("given name of 5000", doctor, "POST", patients, newPatient.replace("\"A\"", "\"" + text(5000) + "\""), 400, "givenName"),
                new Hostile("family name with NUL", doctor, "POST", patients, newPatient.replace("\"B\"", "\"B" + NUL + "\""), 400, "familyName"),
                new Hostile("born 1800", doctor, "POST", patients, newPatient.replace("1970-01-01", "1800-01-01"), 400, "dateOfBirth"),
                new Hostile("born +999999999", doctor, "POST", patients, newPatient.replace("1970-01-01", "+999999999-12-31"), 400, "dateOfBirth"),
                new Hostile("born in year 0", doctor, "POST", patients, newPatient.replace("1970-01-01", "0000-01-01"), 400, "dateOfBirth"),
                new Hostile("sex with NUL", doctor, "POST", patients, newPatient.replace("MALE", "MA" + NUL + "LE"), 400, "sex"),
                new Hostile("a key with NUL", doctor, "POST", patients, newPatient.replace("\"sex\"", "\"s" + NUL + "\":1,\"sex\""), 400, null),
                new Hostile("find by NUL", doctor, "GET", patients + "?hospitalNumber=%00", null, 400, "hospitalNumber"),
                // measurements
                new Hostile("tiny weight", nurse, "POST", measurements, "{\"kind\":\"WEIGHT\",\"value\":0.001}", 400, "value"),
                new Hostile("tiny eGFR", nurse, "POST", measurements, "{\"kind\":\"EGFR\",\"value\":0.004}", 400, "value"),
                new Hostile("negative height", nurse, "POST", measurements, "{\"kind\":\"HEIGHT\",\"value\":-170}", 400, "value"),
                new Hostile("weight of 1E+8", nurse, "POST", measurements, "{\"kind\":\"WEIGHT\",\"value\":1E+8}", 400, "value"),
                new Hostile("measured in 3000", nurse, "POST", measurements, "{\"kind\":\"WEIGHT\",\"value\":70,\"measuredAt\":\"3000-01-01T00:00:00Z\"}", 400, "measuredAt"),
                new Hostile("measured in +100000", nurse, "POST", measurements, "{\"kind\":\"WEIGHT\",\"value\":70,\"measuredAt\":\"+100000-01-01T00:00:00Z\"}", 400, "measuredAt"),
                new Hostile("measured in 1066", nurse, "POST", measurements, "{\"kind\":\"WEIGHT\",\"value\":70,\"measuredAt\":\"1066-10-14T09:00:00Z\"}", 400, "measuredAt"),
                new Hostile("kind with NUL", nurse, "POST", measurements, "{\"kind\":\"WEI" + NUL + "GHT\",\"value\":70}", 400, "kind"),
                // allergies
                new Hostile("substance of 121", nurse, "POST", allergies, "{\"substance\":\"" + text(121) + "\"}", 400, "substance"),
                new Hostile("reaction of 201", nurse, "POST", allergies, "{\"substance\":\"Latex\",\"reaction\":\"" + text(201) + "\"}", 400, "reaction"),
                new Hostile("substance with NUL", nurse, "POST", allergies, "{\"substance\":\"Lat" + NUL + "ex\"}", 400, "substance"),
                new Hostile("reaction with NUL", nurse, "POST", allergies, "{\"substance\":\"Latex\",\"reaction\":\"" + NUL + "\"}", 400, "reaction"),
                // prescriptions and order checks
                new Hostile("PRN interval of 100000 hours", doctor, "POST", prescribe, prn("\"x\":0").replace("\"prnMinIntervalHours\":4", "\"prnMinIntervalHours\":100000"), 400, "prnMinIntervalHours"),
                new Hostile("PRN interval of 1E+400", doctor, "POST", prescribe, prn("\"x\":0").replace("\"prnMinIntervalHours\":4", "\"prnMinIntervalHours\":1E+400"), 400, "prnMinIntervalHours"),
                new Hostile("PRN interval of 0.001", doctor, "POST", prescribe, prn("\"x\":0").replace("\"prnMinIntervalHours\":4", "\"prnMinIntervalHours\":0.001"), 400, "prnMinIntervalHours"),
                new Hostile("PRN at most 2147483647", doctor, "POST", prescribe, prn("\"x\":0").replace("\"prnMaxPer24h\":4", "\"prnMaxPer24h\":2147483647"), 400, "prnMaxPer24h"),
                new Hostile("PRN at most 1E+10", doctor, "POST", prescribe, prn("\"x\":0").replace("\"prnMaxPer24h\":4", "\"prnMaxPer24h\":1E+10"), 400, "prnMaxPer24h"),
                new Hostile("PRN reason of 201", doctor, "POST", prescribe, prn("\"x\":0").replace("\"pain\"", "\"" + text(201) + "\""), 400, "prnReason"),
                new Hostile("PRN reason with NUL", doctor, "POST", prescribe, prn("\"x\":0").replace("\"pain\"", "\"pa" + NUL + "in\""), 400, "prnReason"),
                new Hostile("a course of 2147483647 days", doctor, "POST", prescribe, order("\"durationDays\":2147483647"), 400, "durationDays"),
                new Hostile("a course of 100000 days (checks)", doctor, "POST", checks, order("\"durationDays\":100000"), 400, "durationDays"),
                new Hostile("starts in 9999", doctor, "POST", prescribe, order("\"start\":\"9999-01-01T00:00:00Z\""), 400, "start"),
                new Hostile("ends in year 1", doctor, "POST", prescribe, order("\"end\":\"0001-01-01T00:00:00Z\""), 400, "end"),
                new Hostile("reviewed in +1000000", doctor, "POST", prescribe, order("\"reviewAt\":\"+1000000-01-01T00:00:00Z\""), 400, "reviewAt"),
                new Hostile("indication of 201", doctor, "POST", prescribe, order("\"indication\":\"" + text(201) + "\""), 400, "indication"),
                new Hostile("instructions of 501", doctor, "POST", prescribe, order("\"instructions\":\"" + text(501) + "\""), 400, "instructions"),
                new Hostile("instructions with NUL", doctor, "POST", prescribe, order("\"instructions\":\"" + NUL + "\""), 400, "instructions"),
                new Hostile("product code of 900", doctor, "POST", prescribe, OMEPRAZOLE.replace("OMEPRAZOLE-GRCAP-20", text(900)), 400, "productCode"),
                new Hostile("product code of 5000", doctor, "POST", checks, OMEPRAZOLE.replace("OMEPRAZOLE-GRCAP-20", text(5000)), 400, "productCode"),
                new Hostile("dose up to 1E+5000000", doctor, "POST", prescribe, order("\"doseUpTo\":1E+5000000"), 400, "doseUpTo"),
                new Hostile("dose of 12.123456789012", doctor, "POST", prescribe, OMEPRAZOLE.replace("\"dose\":20", "\"dose\":12.123456789012"), 400, "dose"),
                // signing, and changing a signed order
                new Hostile("overrides [null]", doctor, "POST", sign, "{\"acknowledgements\":[],\"overrides\":[null]}", 400, "overrides[0]"),
                new Hostile("acknowledgements [null]", doctor, "POST", sign, "{\"acknowledgements\":[null],\"overrides\":[]}", 400, "acknowledgements[0]"),
                new Hostile("acknowledgement of 5000", doctor, "POST", sign, "{\"acknowledgements\":[\"" + text(5000) + "\"]}", 400, "acknowledgements[0]"),
                new Hostile("override reason with NUL", doctor, "POST", sign, "{\"overrides\":[{\"key\":\"k\",\"reason\":\"" + NUL + "\"}]}", 400, "overrides[0].reason"),
                new Hostile("suspend for 501", doctor, "POST", "api/v1/prescriptions/" + signed + "/suspend", "{\"reason\":\"" + text(501) + "\"}", 400, "reason"),
                new Hostile("stop for NUL", doctor, "POST", "api/v1/prescriptions/" + signed + "/discontinue", "{\"reason\":\"" + NUL + "\"}", 400, "reason"),
                new Hostile("amend with a start in 2201", doctor, "POST", "api/v1/prescriptions/" + signed + "/amend", order("\"start\":\"2201-01-01T00:00:00Z\""), 400, "start"),
                // administrations
                new Hostile("scheduled in 1800", nurse, "POST", "api/v1/administrations", administration(patient, signed, "\"x\":0").replace("2026-11-23", "1800-11-23"), 400, "scheduledAt"),
                new Hostile("given at +100000", nurse, "POST", "api/v1/administrations", administration(patient, signed, "\"administeredAt\":\"+100000-01-01T00:00:00Z\""), 400, "administeredAt"),
                new Hostile("a dose of 1E+2147483647", nurse, "POST", "api/v1/administrations", administration(patient, signed, "\"dose\":1E+2147483647"), 400, "dose"),
                new Hostile("a note with NUL", nurse, "POST", "api/v1/administrations", administration(patient, signed, "\"note\":\"" + NUL + "\""), 400, "note"),
                new Hostile("a site of 1001", nurse, "POST", "api/v1/administrations", administration(patient, signed, "\"site\":\"" + text(1001) + "\""), 400, "site"),
                new Hostile("expiry in +999999999", nurse, "POST", "api/v1/administrations", administration(patient, signed, "\"expiry\":\"+999999999-12-31\""), 400, "expiry"),
                new Hostile("a witness with NUL", nurse, "POST", "api/v1/administrations", administration(patient, signed, "\"witness\":{\"username\":\"" + NUL + "\",\"password\":\"x\"}"), 400, "witness.username"),
                new Hostile("a patient id of 1E+30", nurse, "POST", "api/v1/administrations", administration(patient, signed, "\"x\":0").replace("\"patientId\":" + patient, "\"patientId\":1E+30"), 400, "patientId"),
                new Hostile("strike through for NUL", nurse, "POST", "api/v1/administrations/1/in-error", "{\"reason\":\"" + NUL + "\"}", 400, "reason"),
                // users and the session
                new Hostile("user name of 65", admin, "POST", "api/v1/users", "{\"username\":\"" + "a".repeat(65) + "\",\"displayName\":\"A\",\"roles\":[\"NURSE\"],\"password\":\"first password 1\"}", 400, "username"),
                new Hostile("user name with NUL", admin, "POST", "api/v1/users", "{\"username\":\"a" + NUL + "b\",\"displayName\":\"A\",\"roles\":[\"NURSE\"],\"password\":\"first password 1\"}", 400, "username"),
                new Hostile("display name with NUL", admin, "POST", "api/v1/users", "{\"username\":\"a.nul\",\"displayName\":\"A" + NUL + "\",\"roles\":[\"NURSE\"],\"password\":\"first password 1\"}", 400, "displayName"),
                new Hostile("roles [null]", admin, "POST", "api/v1/users", "{\"username\":\"a.null\",\"displayName\":\"A\",\"roles\":[null],\"password\":\"first password 1\"}", 400, "roles[0]"),
                new Hostile("password of 5000", admin, "POST", "api/v1/users", "{\"username\":\"a.long\",\"displayName\":\"A\",\"roles\":[\"NURSE\"],\"password\":\"" + text(5000) + "\"}", 400, "password"),
                new Hostile("reset the password of %00", admin, "PUT", "api/v1/users/a%00b/password", "{\"password\":\"second password 2\",\"adminPassword\":\"training-it-desk-1\"}", 400, null),
                new Hostile("reset the password of a 2000-character name", admin, "PUT", "api/v1/users/" + text(2000) + "/password", "{\"password\":\"second password 2\",\"adminPassword\":\"training-it-desk-1\"}", 400, "username"),
                new Hostile("the chart from year 30000", nurse, "GET", "api/v1/patients/" + patient + "/mar?from=30000-01-01T00:00:00Z", null, 400, "from"),
                new Hostile("the chart for 0 days", nurse, "GET", "api/v1/patients/" + patient + "/mar?days=0", null, 400, "days"),
                new Hostile("the chart for 32 days", nurse, "GET", "api/v1/patients/" + patient + "/mar?from=2026-11-01&days=32", null, 400, "days"),
                new Hostile("the chart for 1e3 days", nurse, "GET", "api/v1/patients/" + patient + "/mar?days=1e3", null, 400, "days"),
                new Hostile("the chart from 30 February", nurse, "GET", "api/v1/patients/" + patient + "/mar?from=2026-02-30&days=3", null, 400, "from"),
                new Hostile("the chart from an instant for days", nurse, "GET", "api/v1/patients/" + patient + "/mar?from=2026-11-01T00:00:00Z&days=3", null, 400, "from"),
                new Hostile("the chart with both to and days", nurse, "GET", "api/v1/patients/" + patient + "/mar?from=2026-11-01&to=2026-11-03T00:00:00Z", null, 400, "to"),
                new Hostile("disable for NUL", admin, "POST", "api/v1/users/nobody.here/disable", "{\"reason\":\"" + NUL + "\"}", 400, "reason"),
                new Hostile("log in as NUL", anyone, "POST", "api/v1/session", "{\"username\":\"a" + NUL + "\",\"password\":\"x\"}", 400, "username"),
                new Hostile("log in with a password of 5000", anyone, "POST", "api/v1/session", "{\"username\":\"admin\",\"password\":\"" + text(5000) + "\"}", 400, "password"),
                // admission, the bedside scan, pharmacy
                new Hostile("admit to a ward with NUL", nurse, "POST", patients + "/" + patient + "/admission", "{\"ward\":\"DE" + NUL + "WI\",\"bed\":\"4\"}", 400, "ward"),
                new Hostile("admit in 2300", nurse, "POST", patients + "/" + patient + "/admission", "{\"ward\":\"DEWI\",\"bed\":\"4\",\"at\":\"2300-01-01T00:00:00Z\"}", 400, "at"),
                new Hostile("admit to a bed of 1001", nurse, "POST", patients + "/" + patient + "/admission", "{\"ward\":\"DEWI\",\"bed\":\"" + text(1001) + "\"}", 400, "bed"),
                new Hostile("discharge at +275760", nurse, "POST", patients + "/" + patient + "/admission/discharge", "{\"at\":\"+275760-09-13T00:00:00Z\"}", 400, "at"),
                new Hostile("scan a wristband with NUL", nurse, "POST", patients + "/" + patient + "/administrations/scan", "{\"wristband\":\"" + NUL + "\"}", 400, "wristband"),
                new Hostile("reject for 501", pharmacist, "POST", "api/v1/prescriptions/" + signed + "/reject", "{\"reason\":\"" + text(501) + "\"}", 400, "reason"),
                new Hostile("an intervention note with NUL", pharmacist, "POST", "api/v1/prescriptions/" + signed + "/interventions", "{\"category\":\"DOSE\",\"note\":\"" + NUL + "\"}", 400, "note"),
                new Hostile("an intervention note of 1001", pharmacist, "POST", "api/v1/prescriptions/" + signed + "/interventions", "{\"category\":\"DOSE\",\"note\":\"" + text(1001) + "\"}", 400, "note"),
                new Hostile("an effect with NUL", nurse, "POST", "api/v1/administrations/1/effect", "{\"effect\":\"" + NUL + "\"}", 400, "effect"),
                new Hostile("a language with NUL", nurse, "PUT", "api/v1/session/language", "{\"language\":\"c" + NUL + "\"}", 400, "language"),
                // the wrong shape
                new Hostile("a patient id of 1.5", nurse, "POST", "api/v1/administrations", administration(patient, signed, "\"x\":0").replace("\"patientId\":" + patient, "\"patientId\":1.5"), ANY_4XX, null),
                new Hostile("a patient id beyond a long", nurse, "POST", "api/v1/administrations", administration(patient, signed, "\"x\":0").replace("\"patientId\":" + patient, "\"patientId\":9223372036854775808"), ANY_4XX, null),
                new Hostile("a string for a body", doctor, "POST", patients, "\"just a string\"", ANY_4XX, null),
                new Hostile("null for a body", doctor, "POST", patients, "null", ANY_4XX, null),
                new Hostile("a list for a body", doctor, "POST", measurements, "[]", ANY_4XX, null),
                new Hostile("a list of nulls for a sign", doctor, "POST", sign, "[null,null]", 400, "body[0]"),
                // not JSON of any shape, and nested too deep
                new Hostile("a cut-off body", doctor, "POST", measurements, "{\"kind\":\"WEIGHT\",\"value\":", 400, null),
                new Hostile("an array nested 5000 deep", doctor, "POST", measurements, "[".repeat(5000) + "]".repeat(5000), 400, null),
                new Hostile("a number where a text goes", doctor, "POST", allergies, "{\"substance\":1E+5000000}", 400, null));

        Findings findings = new Findings();
        for (Hostile h : hostile) {
            Reply reply = h.body() == null ? h.client().get(h.path()) : h.client().send(h.method(), h.path(), h.body());
            findings.check(h.what(), reply, h.status(), h.field());
        }
        findings.check("a missing-dose note of 501", nurse.send("POST", patients + "/" + patient + "/missing-dose-requests",
                "{\"prescriptionId\":" + signed + ",\"note\":\"" + text(501) + "\"}", Map.of("Idempotency-Key", UUID.randomUUID().toString())), 400, "note");
        findings.check("an idempotency key of 101", nurse.send("POST", "api/v1/administrations", administration(patient, signed, "\"x\":0"),
                Map.of("Idempotency-Key", text(101))), 400, "Idempotency-Key");
        // what JAX-RS never sees: the container's own refusals
        findings.check("a missing static page", anyone.get("no-such-page.html"), 404, null);
        findings.check("WEB-INF", anyone.get("WEB-INF/web.xml"), 404, null);
        findings.check("a missing API address", doctor.get("api/v1/no-such-thing"), 404, null);
        findings.check("a method the API does not take", doctor.send("DELETE", "api/v1/patients/" + patient, null), 405, null);
        findings.check("text where JSON is expected", doctor.sendTyped("POST", measurements, "WEIGHT 70", "text/plain"), 415, null);
        findings.check("a body too large", doctor.send("POST", measurements, "{\"kind\":\"" + text(70_000) + "\"}"), 413, null);
        Reply staticDelete = anyone.sendTyped("DELETE", "index.html", "", "text/plain");
        findings.check("deleting a static page", staticDelete, staticDelete.status() >= 400 && staticDelete.status() < 500 ? staticDelete.status() : 405, null);
        findings.assertNone();
    }

    @Test
    void twoPrescribersSigningOneDraftAtOnceGetOneSignatureAndOneConflict() throws Exception {
        ApiClient first = doctor();
        ApiClient second = doctor();
        long patient = newPatient(first);
        Findings findings = new Findings();
        for (int round = 0; round < 4; round++) {
            long draft = draft(first, patient);
            String signature = signature(first, draft);
            String path = "api/v1/prescriptions/" + draft + "/sign";
            List<Reply> replies = together(() -> first.send("POST", path, signature), () -> second.send("POST", path, signature));
            List<Integer> statuses = replies.stream().map(Reply::status).sorted().toList();
            assertEquals(List.of(200, 409), statuses, replies.stream().map(Reply::body).collect(Collectors.joining("\n")));
            Reply conflict = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            findings.check("second signature, round " + round, conflict, 409, null);
            assertEquals("PENDING_VERIFICATION", first.get("api/v1/prescriptions/" + draft).json().getString("status"));
            first.send("POST", "api/v1/prescriptions/" + draft + "/discontinue", "{\"reason\":\"test round over\"}");
        }
        findings.assertNone();
    }

    @Test
    void twoAdminsResettingOnePasswordAtOnceNeverGetA500() throws Exception {
        ApiClient first = as("admin", "training-it-desk-1");
        ApiClient second = as("admin", "training-it-desk-1");
        String username = "nurse." + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, first.send("POST", "api/v1/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Race Nurse\",\"roles\":[\"NURSE\"],\"password\":\"first password 1\"}").status());
        String path = "api/v1/users/" + username + "/password";
        Findings findings = new Findings();
        int conflicts = 0;
        for (int round = 0; round < 6; round++) {
            List<Reply> replies = together(() -> first.send("PUT", path, "{\"password\":\"first admin's password\",\"adminPassword\":\"training-it-desk-1\"}"),
                    () -> second.send("PUT", path, "{\"password\":\"second admin's password\",\"adminPassword\":\"training-it-desk-1\"}"));
            assertTrue(replies.stream().anyMatch(r -> r.status() == 204), replies.stream().map(Reply::body).collect(Collectors.joining("\n")));
            for (Reply reply : replies) {
                if (reply.status() != 204) {
                    conflicts++;
                    findings.check("second reset, round " + round, reply, 409, null);
                }
            }
        }
        System.out.println("HostileInputIT: parallel password resets: " + conflicts + " of 6 rounds answered 409");
        findings.assertNone();
    }

    @Test
    void aHostileHostHeaderNeverReachesALocation() {
        String hostile = "evil.example.org";
        URI application = ApiClient.loopback(deployment);
        RawHttp raw = new RawHttp(application);
        String root = application.getPath().endsWith("/") ? application.getPath() : application.getPath() + "/";
        RawHttp.Answer login = raw.send("POST", root + "api/v1/session", hostile, Map.of(),
                "{\"username\":\"dr.jones\",\"password\":\"training-doctor-1\"}");
        assertEquals(200, login.status(), login.body());
        String cookie = login.header("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = Json.createReader(new StringReader(login.body())).readObject().getString("csrfToken");
        Map<String, String> session = Map.of("Cookie", cookie, "X-CSRF-Token", csrf);
        String number = "H" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();

        Map<String, RawHttp.Answer> created = new LinkedHashMap<>();
        RawHttp.Answer patient = raw.send("POST", root + "api/v1/patients", hostile, session, "{\"hospitalNumber\":\"" + number
                + "\",\"givenName\":\"Host\",\"familyName\":\"Header\",\"dateOfBirth\":\"1970-05-05\",\"sex\":\"MALE\"}");
        created.put("a new patient", patient);
        long patientId = Json.createReader(new StringReader(patient.body())).readObject().getJsonNumber("id").longValue();
        created.put("a new draft", raw.send("POST", root + "api/v1/patients/" + patientId + "/prescriptions", hostile, session, OMEPRAZOLE));
        Map<String, RawHttp.Answer> answers = new LinkedHashMap<>(created);
        String contextRoot = root.substring(0, root.length() - 1);
        if (!contextRoot.isEmpty()) {
            answers.put("the context root without its slash", raw.send("GET", contextRoot, hostile, Map.of(), null));
        }
        for (String path : List.of("", "css", "js", "img", "i18n", "WEB-INF", "WEB-INF/classes", "index.html", "no-such-page",
                "api/v1/wards")) {
            answers.put("GET " + root + path, raw.send("GET", root + path, hostile, session, null));
        }
        created.forEach((what, answer) -> {
            assertEquals(201, answer.status(), what + ": " + answer.body());
            assertTrue(answer.header("Location").isPresent(), what + " has no Location");
        });
        answers.forEach((what, answer) -> {
            answer.header("Location").ifPresent(location -> assertTrue(location.startsWith("/") && !location.startsWith("//"),
                    what + " answered Location: " + location));
            assertFalse(answer.headers().toString().contains(hostile) || answer.body().contains(hostile),
                    what + " repeated the Host header: " + answer.headers() + " " + answer.body());
        });
    }

    /** Sends both requests at the same moment, each from its own thread. */
    private static List<Reply> together(Callable<Reply> one, Callable<Reply> other) throws Exception {
        return together(List.of(one, other));
    }

    /** Sends every request at the same moment, each from its own thread. */
    private static List<Reply> together(List<Callable<Reply>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> replies = new ArrayList<>();
            for (Callable<Reply> call : calls) {
                replies.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Reply> done = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                done.add(reply.get());
            }
            return done;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Generated inputs a run, unless -Depma.fuzz.inputs says otherwise; an eighth of them to the HL7 listener. */
    private static final int FUZZ_INPUTS = Integer.getInteger("epma.fuzz.inputs", 10_000);
    private static final int RACERS = 8;
    private static final int RACE_ROUNDS = 4;

    /**
     * At least 10,000 generated hostile inputs, repeatable from the seed printed (-Depma.fuzz.seed): mutants of a valid
     * body for every write operation of /openapi (WriteEndpointFuzz), mutated ADT and RDS^O13 over MLLP to the listener
     * (Hl7ListenerFuzz), and races of eight identical requests on one record. None is answered with a 5xx or an HTML
     * page, no HL7 frame is left unanswered or answered with a failure inside ePMA, the listener still applies a valid
     * message afterwards, and the audit chain still verifies.
     */
    @Test
    void tenThousandGeneratedHostileInputsGetNoServerErrorAndLeaveTheAuditChainIntact() throws Exception {
        long seed = Long.getLong("epma.fuzz.seed", System.nanoTime());
        System.out.println("HostileInputIT fuzz: seed " + seed + " (repeat with -Depma.fuzz.seed=" + seed + "), " + FUZZ_INPUTS + " inputs");
        long started = System.nanoTime();
        FuzzTally tally = new FuzzTally();
        WriteEndpointFuzz api = new WriteEndpointFuzz(deployment, seed, tally);
        Hl7ListenerFuzz listener = new Hl7ListenerFuzz(ItDatabaseSession.INBOUND_PORT, seed, tally);
        Map<String, String> order = api.records().doseDue();
        int raceInputs = RACE_ROUNDS * RACERS * 9;
        int hl7Inputs = FUZZ_INPUTS / 8;
        ExecutorService beside = Executors.newSingleThreadExecutor();
        String afterwards;
        JsonObject audit;
        try {
            Future<?> hl7 = beside.submit(() -> {
                listener.run(hl7Inputs, order);
                return null;
            });
            api.run(FUZZ_INPUTS - hl7Inputs - raceInputs, 4);
            System.out.println("HostileInputIT fuzz: the API's share sent after " + (System.nanoTime() - started) / 1_000_000_000 + " s");
            hl7.get();
            races(api, tally);
            afterwards = listener.answerToAValidMessage();
            audit = api.sessions().get(Role.ADMIN).get("api/v1/audit/verification").json();
        } finally {
            beside.shutdownNow();
            System.out.print("HostileInputIT fuzz: inputs and answers by target (HTTP status, or HL7 acknowledgement code)\n" + tally.report());
            System.out.println("HostileInputIT fuzz: " + tally.inputs() + " inputs in " + (System.nanoTime() - started) / 1_000_000_000 + " s, "
                    + tally.answered(a -> a.startsWith("5")) + " answered 5xx, " + tally.failures() + " failures; seed " + seed);
        }
        System.out.println("HostileInputIT fuzz: the audit chain is " + (audit.getBoolean("intact") ? "intact" : "BROKEN") + " over "
                + audit.getJsonNumber("entriesChecked") + " entries");
        assertTrue(tally.failures() == 0, String.join("\n", tally.failureLines()));
        assertTrue(tally.inputs() >= FUZZ_INPUTS, tally.inputs() + " inputs");
        assertTrue(afterwards.contains("\rMSA|AA|"), "after the fuzz, a valid message: " + afterwards);
        assertTrue(audit.getBoolean("intact"), audit.toString());
    }

    /** What a race of identical requests must end in, besides no 5xx. */
    private enum Outcome {
        /** One succeeds, the others are told of the conflict (409). */
        ONE_WINS,
        /** Each succeeds or is told of the conflict; one at least succeeds. */
        SOME_WIN,
        /** Retries of one request (one Idempotency-Key): every success names the same record. */
        ONE_RECORD
    }

    private void races(WriteEndpointFuzz api, FuzzTally tally) throws Exception {
        FuzzRecords records = api.records();
        ApiClient prescriber = api.sessions().get(Role.PRESCRIBER);
        ApiClient nurse = api.sessions().get(Role.NURSE);
        ApiClient pharmacist = api.sessions().get(Role.PHARMACIST);
        Map<String, String> ownAdmin = records.user(Role.ADMIN);
        ApiClient admin = as(ownAdmin.get("username"), ownAdmin.get("password"));
        for (int round = 0; round < RACE_ROUNDS; round++) {
            Map<String, String> draft = records.draft();
            race(tally, "race: sign one draft", Outcome.ONE_WINS,
                    () -> prescriber.send("POST", "api/v1/prescriptions/" + draft.get("id") + "/sign", draft.get("signature")));
            Map<String, String> signed = records.signed();
            race(tally, "race: stop one order", Outcome.ONE_WINS,
                    () -> prescriber.send("POST", "api/v1/prescriptions/" + signed.get("id") + "/discontinue", "{\"reason\":\"race\"}"));
            Map<String, String> unverified = records.signed();
            race(tally, "race: verify one order", Outcome.ONE_WINS,
                    () -> pharmacist.send("POST", "api/v1/prescriptions/" + unverified.get("id") + "/verify", null));
            Map<String, String> due = records.doseDue();
            race(tally, "race: record one dose, eight keys", Outcome.ONE_WINS,
                    () -> nurse.send("POST", "api/v1/administrations", given(due), FuzzRecords.idempotencyKey()));
            Map<String, String> retried = records.doseDue();
            Map<String, String> oneKey = FuzzRecords.idempotencyKey();
            race(tally, "race: record one dose, one key", Outcome.ONE_RECORD,
                    () -> nurse.send("POST", "api/v1/administrations", given(retried), oneKey));
            Map<String, String> recorded = records.doseNotGiven();
            race(tally, "race: strike one record through", Outcome.ONE_WINS, () -> nurse.send("POST", "api/v1/administrations/"
                    + recorded.get("id") + "/in-error", "{\"reason\":\"race\"}", FuzzRecords.idempotencyKey()));
            String number = records.hospitalNumber();
            race(tally, "race: register one hospital number", Outcome.ONE_WINS, () -> prescriber.send("POST", "api/v1/patients",
                    "{\"hospitalNumber\":\"" + number + "\",\"givenName\":\"Race\",\"familyName\":\"Patient\",\"dateOfBirth\":\"1970-05-05\","
                            + "\"sex\":\"MALE\"}"));
            Map<String, String> patient = records.patient();
            race(tally, "race: one patient's allergy status", Outcome.SOME_WIN, () -> nurse.send("PUT", "api/v1/patients/"
                    + patient.get("id") + "/allergy-status", "{\"status\":\"NO_KNOWN_ALLERGIES\"}"));
            Map<String, String> user = records.user();
            race(tally, "race: reset one password", Outcome.SOME_WIN, () -> admin.send("PUT", "api/v1/users/" + user.get("username")
                    + "/password", "{\"password\":\"raced walnut harbour 9\",\"adminPassword\":\"" + FuzzRecords.PASSWORD + "\"}"));
        }
    }

    private static String given(Map<String, String> due) {
        return "{\"patientId\":" + due.get("patientId") + ",\"prescriptionId\":" + due.get("prescriptionId") + ",\"scheduledAt\":\""
                + due.get("scheduledAt") + "\",\"outcome\":\"GIVEN\",\"identifiedBy\":\"SCAN\",\"wristband\":\"" + due.get("hospitalNumber")
                + "\",\"product\":\"" + due.get("product") + "\"}";
    }

    /** Eight identical requests at the same moment, counted into the tally, and failed there unless they end as they must. */
    private static void race(FuzzTally tally, String name, Outcome outcome, Callable<Reply> request) throws Exception {
        List<Reply> replies = together(Collections.nCopies(RACERS, request));
        Predicate<Reply> succeeded = r -> r.status() >= 200 && r.status() < 300;
        replies.forEach(r -> tally.count(name, Integer.toString(r.status())));
        long wins = replies.stream().filter(succeeded).count();
        boolean othersConflict = replies.stream().filter(succeeded.negate()).allMatch(r -> r.status() == 409);
        boolean ended = switch (outcome) {
            case ONE_WINS -> wins == 1 && othersConflict;
            case SOME_WIN -> wins >= 1 && othersConflict;
            case ONE_RECORD -> wins >= 1 && othersConflict && replies.stream().filter(succeeded)
                    .map(r -> r.json().getJsonNumber("id").longValue()).distinct().count() == 1;
        };
        if (!ended) {
            tally.fail(name, "ended " + replies.stream().map(r -> r.status() + " " + r.body().substring(0, Math.min(120, r.body().length())))
                    .toList() + ", not " + outcome);
        }
    }
}
