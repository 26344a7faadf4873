package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.PatientJson;
import org.epma.web.testdata.SignatureJson;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Medicines reconciliation through the REST API in Payara Micro: the list before admission (idempotent, refusals as
 * problems with message keys), who may decide and complete, completion refused while a medicine is undecided, a continue
 * that points at a signed order, the ward's and pharmacy's lists, the audit entries, and a move of bed keeping the list.
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationIT {

    private static final String WARD = "CYBI";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("epma.it.war")));
    }

    @ArquillianResource
    URL deployment;

    private ApiClient as(String user, String password) {
        ApiClient client = new ApiClient(deployment);
        assertEquals(200, client.logIn(user, password).status());
        return client;
    }

    private static Map<String, String> key() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    private long newPatient(ApiClient doctor) {
        Reply created = doctor.send("POST", "api/v1/patients", PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("R"))
                .named("Reconcile", "Test").bornOn(LocalDate.of(1950, 6, 1)).toString());
        assertEquals(201, created.status(), created.body());
        long patient = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        doctor.send("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("EGFR", "90"));
        doctor.send("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());
        return patient;
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(code, reply.json().getString("code"), reply.body());
    }

    @Test
    void aStaysMedicinesAreRecordedDecidedAndCompleted_inThatOrder_andEveryWriteIsAudited() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        ApiClient nurse = as("nurse.evans", "training-nurse-1");
        ApiClient pharmacist = as("pharm.hughes", "training-pharmacist");
        long patient = newPatient(doctor);
        String base = "api/v1/patients/" + patient + "/medicines-reconciliation";

        // on no ward: nothing to reconcile, and nothing can be added
        JsonObject away = nurse.get(base).json();
        assertFalse(away.getBoolean("onWard"));
        String ramipril = "{\"productCode\":\"RAMIPRIL-CAP-5\",\"dose\":5,\"doseUnit\":\"mg\",\"route\":\"PO\",\"frequency\":\"OD\","
                + "\"source\":\"GP_RECORD\"}";
        assertProblem(nurse.send("POST", base + "/medicines", ramipril, key()), 409, "reconciliation.refusal.notOnWard");

        Instant admitted = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertEquals(200, nurse.send("POST", "api/v1/patients/" + patient + "/admission",
                "{\"ward\":\"" + WARD + "\",\"bed\":\"3\",\"at\":\"" + admitted + "\"}").status());
        JsonObject fresh = nurse.get(base).json();
        assertEquals("NOT_STARTED", fresh.getString("status"));
        assertEquals(Instant.parse(fresh.getString("stayBegan")).plus(Duration.ofHours(24)), Instant.parse(fresh.getString("dueAt")),
                "due 24 hours after the stay began (NICE NG5)");
        assertFalse(fresh.getBoolean("overdue"));

        // recorded once however often the request is repeated
        Map<String, String> key = key();
        Reply recorded = nurse.send("POST", base + "/medicines", ramipril, key);
        assertEquals(201, recorded.status(), recorded.body());
        long ramiprilId = recorded.json().getJsonNumber("id").longValue();
        assertTrue(recorded.json().getBoolean("coded"));
        assertEquals("Ramipril 5 mg capsules", recorded.json().getString("medicineName"));
        Reply repeated = nurse.send("POST", base + "/medicines", ramipril, key);
        assertEquals(200, repeated.status(), repeated.body());
        assertEquals(ramiprilId, repeated.json().getJsonNumber("id").longValue());
        assertProblem(nurse.send("POST", base + "/medicines", ramipril.replace("GP_RECORD", "CARER"), key), 409,
                "reconciliation.refusal.keyReused");
        assertEquals(1, ItAudit.count("CREATED", "home_medicine", Long.toString(ramiprilId)));

        // bad input is a 400 naming what is missing, in a sentence key; nothing is recorded
        assertProblem(nurse.send("POST", base + "/medicines", ramipril.replace(",\"source\":\"GP_RECORD\"", ""), key()), 400,
                "reconciliation.refusal.giveSource");
        assertProblem(nurse.send("POST", base + "/medicines", "{\"dose\":1,\"doseUnit\":\"tablet\",\"route\":\"PO\",\"frequency\":\"OD\","
                + "\"source\":\"PATIENT\"}", key()), 400, "reconciliation.refusal.giveMedicine");
        assertEquals(400, nurse.send("POST", base + "/medicines", ramipril.replace("\"PO\"", "\"BY_MAGIC\""), key()).status());
        assertEquals(400, nurse.send("POST", base + "/medicines", ramipril, Map.of()).status(), "an idempotency key is needed");

        // a medicine not in the formulary is kept as written, not coded
        Reply free = pharmacist.send("POST", base + "/medicines", "{\"medicineName\":\"Cod liver oil 1 g capsules\",\"dose\":1,"
                + "\"doseUnit\":\"capsule\",\"route\":\"PO\",\"frequency\":\"OD\",\"source\":\"OWN_SUPPLY\",\"note\":\"Brought in\"}", key());
        assertEquals(201, free.status(), free.body());
        long codLiverOil = free.json().getJsonNumber("id").longValue();
        assertFalse(free.json().getBoolean("coded"));
        assertTrue(free.json().getBoolean("undecided"));

        // completion waits for every decision; only a pharmacist completes, only a prescriber decides
        assertProblem(pharmacist.send("POST", base + "/complete", null), 409, "reconciliation.refusal.undecided");
        assertEquals(403, doctor.send("POST", base + "/complete", null).status());
        String stop = "{\"decision\":\"STOP\",\"reason\":\"Not evidence-based\"}";
        assertEquals(403, nurse.send("POST", base + "/medicines/" + codLiverOil + "/decision", stop).status());
        assertEquals(403, pharmacist.send("POST", base + "/medicines/" + codLiverOil + "/decision", stop).status());
        assertProblem(doctor.send("POST", base + "/medicines/" + codLiverOil + "/decision", "{\"decision\":\"STOP\"}"), 400,
                "reconciliation.refusal.giveReason");
        assertProblem(doctor.send("POST", base + "/medicines/" + ramiprilId + "/decision", "{\"decision\":\"CONTINUE\"}"), 400,
                "reconciliation.refusal.giveOrder");
        assertEquals(400, doctor.send("POST", base + "/medicines/" + ramiprilId + "/decision",
                "{\"decision\":\"WITHHOLD\",\"reason\":\"low BP\",\"reviewDate\":\"next week\"}").status());
        assertEquals(404, doctor.send("POST", base + "/medicines/999999999/decision", stop).status());

        // the ward's list and the pharmacy's queue show the patient with undecided medicines
        JsonObject onWard = nurse.get("api/v1/medicines-reconciliation?ward=" + WARD).structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getJsonNumber("patientId").longValue() == patient).findFirst().orElseThrow();
        assertEquals("AWAITING_DECISIONS", onWard.getString("status"));
        assertEquals(2, onWard.getInt("undecided"));
        assertTrue(onWard.getBoolean("needsAttention"));
        assertTrue(inQueue(pharmacist, patient));

        // continue: the decision points at the signed inpatient order for the same medicine
        Reply draft = doctor.send("POST", "api/v1/patients/" + patient + "/prescriptions", OrderJson.of("RAMIPRIL-CAP-5").dose("5", "mg")
                .route("PO").frequency("OD").start(Instant.now().truncatedTo(ChronoUnit.SECONDS)).toString());
        assertEquals(201, draft.status(), draft.body());
        long order = draft.json().getJsonNumber("id").longValue();
        assertProblem(doctor.send("POST", base + "/medicines/" + ramiprilId + "/decision", "{\"decision\":\"CONTINUE\",\"orderId\":" + order + "}"),
                400, "reconciliation.refusal.orderNotCurrent");
        Reply signed = doctor.send("POST", "api/v1/prescriptions/" + order + "/sign", SignatureJson.forDraft(draft.json()).toString());
        assertEquals(200, signed.status(), signed.body());
        Reply continued = doctor.send("POST", base + "/medicines/" + ramiprilId + "/decision", "{\"decision\":\"CONTINUE\",\"orderId\":" + order + "}");
        assertEquals(200, continued.status(), continued.body());
        assertEquals(order, continued.json().getJsonNumber("orderId").longValue());
        assertProblem(doctor.send("POST", base + "/medicines/" + ramiprilId + "/decision", stop), 409, "reconciliation.refusal.alreadyDecided");

        // withheld, then decided again at review
        String withhold = "{\"decision\":\"WITHHOLD\",\"reason\":\"Not taking for a month\",\"reviewDate\":\""
                + LocalDate.now(ZoneId.of("Europe/London")).plusDays(1) + "\"}";
        assertEquals(200, doctor.send("POST", base + "/medicines/" + codLiverOil + "/decision", withhold).status());
        assertEquals(200, doctor.send("POST", base + "/medicines/" + codLiverOil + "/decision", stop).status());
        assertEquals(3, ItAudit.count("CHANGED", "home_medicine", Long.toString(ramiprilId)) + ItAudit.count("CHANGED", "home_medicine",
                Long.toString(codLiverOil)), "each decision is audited, refusals are not");

        // a move of bed is the same stay: the list stays with it
        assertEquals(200, nurse.send("POST", "api/v1/patients/" + patient + "/admission", PatientJson.admission(WARD, "7")).status());
        JsonObject moved = nurse.get(base).json();
        assertEquals(2, moved.getJsonArray("medicines").size());
        assertEquals(fresh.getString("stayBegan"), moved.getString("stayBegan"));

        Reply completed = pharmacist.send("POST", base + "/complete", null);
        assertEquals(200, completed.status(), completed.body());
        assertEquals("COMPLETED", completed.json().getString("status"));
        assertEquals("pharm.hughes", completed.json().getString("completedBy"));
        assertProblem(pharmacist.send("POST", base + "/complete", null), 409, "reconciliation.refusal.alreadyCompleted");
        assertFalse(inQueue(pharmacist, patient));
        assertEquals(1, ItAudit.count("CHANGED", "medicines_reconciliation", fresh.getJsonNumber("stayAdmissionId").toString()),
                "the completion is audited once; the refusals are not");
        assertTrue(ItAudit.count("READ", "MedicinesReconciliation", Long.toString(patient)) >= 1, "reads of the list are audited");

        // a medicine learnt of later opens the reconciliation again
        Reply later = doctor.send("POST", base + "/medicines", "{\"productCode\":\"AMLODIPINE-TAB-5\",\"dose\":5,\"doseUnit\":\"mg\","
                + "\"route\":\"PO\",\"frequency\":\"OD\",\"source\":\"CARER\"}", key());
        assertEquals(201, later.status(), later.body());
        assertEquals("AWAITING_DECISIONS", nurse.get(base).json().getString("status"));
        assertTrue(inQueue(pharmacist, patient));
    }

    private static boolean inQueue(ApiClient pharmacist, long patient) {
        return pharmacist.get("api/v1/medicines-reconciliation").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getJsonNumber("patientId").longValue() == patient);
    }
}
