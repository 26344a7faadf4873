package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * Oxygen to a target saturation and its checks, the VTE risk assessment of an admission, and bedside glucose through
 * the REST API in Payara Micro: what is stored, audited and refused. Each test registers its own patient.
 */
@ExtendWith(ArquillianExtension.class)
class BedsideObservationsIT {

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

    private ApiClient nurse() {
        return as("nurse.evans", "training-nurse-1");
    }

    private static long newPatient(ApiClient client, PatientJson patient) {
        Reply created = client.send("POST", "api/v1/patients", patient.toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(code, reply.json().getString("code"), reply.body());
    }

    @Test
    void oxygenToTheHypercapnicTargetIsCheckedAgainstItAtEachEdgeAndAudited() {
        ApiClient doctor = doctor();
        ApiClient nurse = nurse();
        long patient = newPatient(doctor, PatientJson.patient());
        Reply ordered = doctor.send("POST", "api/v1/oxygen/orders", "{\"patientId\":" + patient + ",\"targetKind\":\"HYPERCAPNIC_RISK\","
                + "\"device\":\"VENTURI_MASK\",\"venturiPercent\":28,\"flowLowest\":4,\"flowHighest\":4}");
        assertEquals(201, ordered.status(), ordered.body());
        long order = ordered.json().getJsonNumber("id").longValue();
        assertEquals("88–92%", ordered.json().getString("target"));
        assertEquals(1, ItAudit.count("CREATED", "OxygenOrder", Long.toString(order)));

        String[][] readings = {{"87", "BELOW"}, {"88", "WITHIN"}, {"92", "WITHIN"}, {"93", "ABOVE"}};
        for (String[] reading : readings) {
            Reply check = nurse.send("POST", "api/v1/oxygen/orders/" + order + "/checks", "{\"saturation\":" + reading[0]
                    + ",\"device\":\"VENTURI_MASK\",\"venturiPercent\":28,\"flow\":4}");
            assertEquals(201, check.status(), check.body());
            assertEquals(reading[1], check.json().getString("reading"), reading[0] + "%");
            assertEquals(1, ItAudit.count("CREATED", "OxygenCheck", check.json().getJsonNumber("id").toString()));
        }
        JsonObject shown = nurse.get("api/v1/oxygen/patients/" + patient).structure().asJsonArray().getJsonObject(0);
        assertEquals(4, shown.getJsonArray("checks").size());
        assertEquals("ABOVE", shown.getJsonArray("checks").getJsonObject(0).getString("reading"));

        assertEquals(403, nurse.send("POST", "api/v1/oxygen/orders", "{\"patientId\":" + patient + ",\"targetKind\":\"STANDARD\","
                + "\"device\":\"NASAL_CANNULAE\",\"flowLowest\":1,\"flowHighest\":4}").status());
        assertEquals(403, doctor.send("POST", "api/v1/oxygen/orders/" + order + "/checks", "{\"saturation\":90,"
                + "\"device\":\"NASAL_CANNULAE\",\"flow\":2}").status());
    }

    @Test
    void aNewOxygenOrderStopsTheActiveOneAndAStoppedOrderTakesNoChecks() {
        ApiClient doctor = doctor();
        long patient = newPatient(doctor, PatientJson.patient());
        String standard = "{\"patientId\":" + patient + ",\"targetKind\":\"STANDARD\",\"device\":\"NASAL_CANNULAE\",\"flowLowest\":1,\"flowHighest\":4}";
        long first = doctor.send("POST", "api/v1/oxygen/orders", standard).json().getJsonNumber("id").longValue();
        Reply second = doctor.send("POST", "api/v1/oxygen/orders", "{\"patientId\":" + patient + ",\"targetKind\":\"PATIENT_SPECIFIC\","
                + "\"targetLowest\":85,\"targetHighest\":90,\"targetReason\":\"Respiratory team plan\",\"device\":\"SIMPLE_FACE_MASK\","
                + "\"flowLowest\":5,\"flowHighest\":10}");
        assertEquals(201, second.status(), second.body());
        var orders = doctor.get("api/v1/oxygen/patients/" + patient).structure().asJsonArray();
        assertTrue(orders.getJsonObject(0).getBoolean("active"));
        assertFalse(orders.getJsonObject(1).getBoolean("active"));
        assertEquals(first, orders.getJsonObject(1).getJsonNumber("id").longValue());
        assertProblem(nurse().send("POST", "api/v1/oxygen/orders/" + first + "/checks", "{\"saturation\":95,"
                + "\"device\":\"NASAL_CANNULAE\",\"flow\":2}"), 409, "oxygen.refusal.stopped");
    }

    private static JsonObject onRound(ApiClient nurse, long patient) {
        return nurse.get("api/v1/wards/DEWI/drug-round").json().getJsonArray("patients").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("patientId").longValue() == patient).findFirst()
                .orElseThrow(() -> new AssertionError("patient " + patient + " is not on DEWI's round"));
    }

    private static long check(ApiClient nurse, long order, int saturation, Instant at) {
        Reply check = nurse.send("POST", "api/v1/oxygen/orders/" + order + "/checks", "{\"saturation\":" + saturation
                + ",\"device\":\"NASAL_CANNULAE\",\"flow\":2" + (at == null ? "" : ",\"checkedAt\":\"" + at + "\"") + "}");
        assertEquals(201, check.status(), check.body());
        return check.json().getJsonNumber("id").longValue();
    }

    @Test
    void theRoundShowsTheOrderInUseWithItsOwnLatestCheck_andTheMarEveryOrderAndCheckOfItsDays() {
        ApiClient doctor = doctor();
        ApiClient nurse = nurse();
        long patient = newPatient(doctor, PatientJson.patient());
        long notOnOxygen = newPatient(doctor, PatientJson.patient());
        for (long id : List.of(patient, notOnOxygen)) {
            Reply admitted = doctor.send("POST", "api/v1/patients/" + id + "/admission", PatientJson.admission("DEWI", null));
            assertEquals(200, admitted.status(), admitted.body());
        }
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            long standard = doctor.send("POST", "api/v1/oxygen/orders", "{\"patientId\":" + patient + ",\"targetKind\":\"STANDARD\","
                    + "\"device\":\"NASAL_CANNULAE\",\"flowLowest\":1,\"flowHighest\":4}").json().getJsonNumber("id").longValue();
            long within = check(nurse, standard, 95, now.minus(2, ChronoUnit.HOURS));
            long below = check(nurse, standard, 91, now.minus(1, ChronoUnit.HOURS));
            assertEquals(below, onRound(nurse, patient).getJsonObject("oxygen").getJsonObject("latestCheck").getJsonNumber("id").longValue(),
                    "the latest check by when it was taken");

            Reply hypercapnic = doctor.send("POST", "api/v1/oxygen/orders", "{\"patientId\":" + patient + ",\"targetKind\":\"HYPERCAPNIC_RISK\","
                    + "\"device\":\"VENTURI_MASK\",\"venturiPercent\":28,\"flowLowest\":4,\"flowHighest\":4}");
            assertEquals(201, hypercapnic.status(), hypercapnic.body());
            long inUse = hypercapnic.json().getJsonNumber("id").longValue();
            JsonObject oxygen = onRound(nurse, patient).getJsonObject("oxygen");
            assertEquals(inUse, oxygen.getJsonNumber("orderId").longValue());
            assertEquals("88–92%", oxygen.getString("target"));
            assertEquals(28, oxygen.getInt("venturiPercent"));
            assertFalse(oxygen.containsKey("latestCheck"), "the stopped order's checks were read against another target: " + oxygen);
            assertFalse(onRound(nurse, notOnOxygen).containsKey("oxygen"));

            long above = check(nurse, inUse, 93, null);
            JsonObject latest = onRound(nurse, patient).getJsonObject("oxygen").getJsonObject("latestCheck");
            assertEquals(above, latest.getJsonNumber("id").longValue());
            assertEquals("ABOVE", latest.getString("reading"));
            assertEquals(93, latest.getInt("saturation"));

            JsonObject mar = nurse.get("api/v1/patients/" + patient + "/mar").json().getJsonObject("oxygen");
            List<JsonObject> orders = mar.getJsonArray("orders").getValuesAs(JsonObject.class);
            assertEquals(List.of(standard, inUse), orders.stream().map(o -> o.getJsonNumber("id").longValue()).toList());
            assertEquals("Dr Rhian Jones", orders.get(0).getString("stoppedByName"), orders.get(0).toString());
            assertFalse(orders.get(1).containsKey("stoppedAt"), "the order in use is in force");
            List<JsonObject> checks = mar.getJsonArray("checks").getValuesAs(JsonObject.class);
            assertEquals(List.of(within, below, above), checks.stream().map(c -> c.getJsonNumber("id").longValue()).toList());
            assertEquals(List.of("WITHIN", "BELOW", "ABOVE"), checks.stream().map(c -> c.getString("reading")).toList());
            assertEquals(List.of(standard, standard, inUse), checks.stream().map(c -> c.getJsonNumber("orderId").longValue()).toList());
            assertEquals("Nia Evans", checks.get(2).getString("recordedByName"));
            assertFalse(nurse.get("api/v1/patients/" + notOnOxygen + "/mar").json().containsKey("oxygen"));
        } finally {
            for (long id : List.of(patient, notOnOxygen)) {
                Reply discharged = nurse.send("POST", "api/v1/patients/" + id + "/admission/discharge", "{}");
                assertEquals(204, discharged.status(), discharged.body());
            }
        }
    }

    @Test
    void badOxygenOrdersAndChecksAreRefusedWithTheField() {
        ApiClient doctor = doctor();
        long patient = newPatient(doctor, PatientJson.patient());
        assertProblem(doctor.send("POST", "api/v1/oxygen/orders", "{\"patientId\":" + patient + ",\"targetKind\":\"PATIENT_SPECIFIC\","
                + "\"targetLowest\":85,\"targetHighest\":90,\"device\":\"NASAL_CANNULAE\",\"flowLowest\":1,\"flowHighest\":2}"),
                400, "oxygen.refusal.reasonNeeded");
        assertProblem(doctor.send("POST", "api/v1/oxygen/orders", "{\"patientId\":" + patient + ",\"targetKind\":\"STANDARD\","
                + "\"device\":\"VENTURI_MASK\",\"venturiPercent\":30,\"flowLowest\":1,\"flowHighest\":2}"), 400, "oxygen.refusal.venturiPercent");
        assertProblem(doctor.send("POST", "api/v1/oxygen/orders", "{\"patientId\":" + patient + ",\"targetKind\":\"STANDARD\","
                + "\"device\":\"NASAL_CANNULAE\",\"flowLowest\":4,\"flowHighest\":2}"), 400, "oxygen.refusal.flowRange");
        long order = doctor.send("POST", "api/v1/oxygen/orders", "{\"patientId\":" + patient + ",\"targetKind\":\"STANDARD\","
                + "\"device\":\"NASAL_CANNULAE\",\"flowLowest\":1,\"flowHighest\":4}").json().getJsonNumber("id").longValue();
        assertProblem(nurse().send("POST", "api/v1/oxygen/orders/" + order + "/checks", "{\"saturation\":101,"
                + "\"device\":\"NASAL_CANNULAE\",\"flow\":2}"), 400, "oxygen.refusal.saturationRange");
    }

    @Test
    void theVteAssessmentIsDueForAnAdmittedAdultUntilRecordedOnce() {
        ApiClient doctor = doctor();
        long adult = newPatient(doctor, PatientJson.patient());
        assertFalse(doctor.get("api/v1/vte/patients/" + adult).json().getBoolean("due"), "not admitted: nothing due");
        assertProblem(doctor.send("POST", "api/v1/vte/patients/" + adult, "{\"thrombosisRisk\":true,\"bleedingRisk\":false,"
                + "\"prophylaxisIndicated\":true}"), 409, "vte.refusal.notAdmitted");
        assertEquals(200, nurse().send("POST", "api/v1/patients/" + adult + "/admission", PatientJson.admission("CYBI", null)).status());
        assertTrue(doctor.get("api/v1/vte/patients/" + adult).json().getBoolean("due"));
        assertTrue(dueOnCybi(doctor).contains(adult), "the ward's list shows the assessment due");
        assertEquals(404, doctor.send("GET", "api/v1/vte?ward=NO-SUCH-WARD", null).status());

        assertProblem(doctor.send("POST", "api/v1/vte/patients/" + adult, "{\"thrombosisRisk\":true,\"prophylaxisIndicated\":true}"),
                400, "vte.refusal.answerNeeded");
        assertEquals(403, nurse().send("POST", "api/v1/vte/patients/" + adult, "{\"thrombosisRisk\":true,\"bleedingRisk\":false,"
                + "\"prophylaxisIndicated\":true}").status());
        Reply recorded = doctor.send("POST", "api/v1/vte/patients/" + adult, "{\"thrombosisRisk\":true,\"bleedingRisk\":false,"
                + "\"prophylaxisIndicated\":true}");
        assertEquals(201, recorded.status(), recorded.body());
        assertFalse(recorded.json().getBoolean("due"));
        assertTrue(recorded.json().getJsonObject("assessment").getBoolean("prophylaxisIndicated"));
        assertEquals("dr.jones", recorded.json().getJsonObject("assessment").getString("assessedBy"));
        assertProblem(doctor.send("POST", "api/v1/vte/patients/" + adult, "{\"thrombosisRisk\":false,\"bleedingRisk\":false,"
                + "\"prophylaxisIndicated\":false}"), 409, "vte.refusal.alreadyAssessed");

        long child = newPatient(doctor, PatientJson.patient().bornOn(LocalDate.now().minusYears(15)));
        assertEquals(200, nurse().send("POST", "api/v1/patients/" + child + "/admission", PatientJson.admission("CYBI", null)).status());
        assertFalse(doctor.get("api/v1/vte/patients/" + child).json().getBoolean("due"), "NICE NG89 is for people aged 16 and over");
        List<Long> due = dueOnCybi(doctor);
        assertFalse(due.contains(adult) || due.contains(child), "assessed, or under 16: not on the ward's list " + due);
    }

    private static List<Long> dueOnCybi(ApiClient client) {
        return client.get("api/v1/vte?ward=CYBI").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(due -> due.getJsonNumber("patientId").longValue()).toList();
    }

    @Test
    void aLowGlucoseComesBackWithTheHospitalsTreatmentAndANormalOneWithout() {
        ApiClient nurse = nurse();
        long patient = newPatient(doctor(), PatientJson.patient());
        Reply low = nurse.send("POST", "api/v1/glucose/patients/" + patient, "{\"glucose\":3.9,\"ketones\":0.2}");
        assertEquals(201, low.status(), low.body());
        assertTrue(low.json().getJsonObject("reading").getBoolean("hypoglycaemic"));
        assertFalse(low.json().getJsonArray("treatment").isEmpty());
        assertTrue(low.json().getJsonArray("treatment").getJsonObject(0).getString("source").contains("JBDS"));
        assertEquals(1, ItAudit.count("CREATED", "GlucoseReading", low.json().getJsonObject("reading").getJsonNumber("id").toString()));

        Reply four = nurse.send("POST", "api/v1/glucose/patients/" + patient, "{\"glucose\":4.0}");
        assertEquals(201, four.status(), four.body());
        assertFalse(four.json().getJsonObject("reading").getBoolean("hypoglycaemic"));
        assertTrue(four.json().getJsonArray("treatment").isEmpty());

        assertProblem(nurse.send("POST", "api/v1/glucose/patients/" + patient, "{\"glucose\":5.55}"), 400, "glucose.refusal.glucoseRange");
        assertProblem(nurse.send("POST", "api/v1/glucose/patients/" + patient, "{\"ketones\":1}"), 400, "glucose.refusal.glucoseNeeded");
        assertEquals(2, nurse.get("api/v1/glucose/patients/" + patient).json().getJsonArray("readings").size());
    }
}
