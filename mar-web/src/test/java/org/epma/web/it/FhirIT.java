package org.epma.web.it;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.epma.prescribing.staff.Role;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.SignatureJson;
import org.epma.web.fhir.R4Validation;
import org.epma.web.it.ApiClient.Reply;
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
 * The FHIR API at /api/v1/fhir (and its base alias /fhir) in the built WAR, on the training data: reads and searches of every resource (each answer
 * validated against base R4), OperationOutcomes for every problem, and who may call it (ApiIT's matrix calls the
 * same operations with every role, from /openapi).
 */
@ExtendWith(ArquillianExtension.class)
class FhirIT {

    private static final String HOSPITAL_NUMBER_SYSTEM = "https://fhir.example-hospital.nhs.uk/Id/hospital-number";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("epma.it.war")));
    }

    @ArquillianResource
    URL deployment;

    private ApiClient as(String username, String password) {
        ApiClient client = new ApiClient(deployment);
        Reply login = client.logIn(username, password);
        assertEquals(200, login.status(), deployment + " " + login.body());
        return client;
    }

    private ApiClient nurse() {
        return as("nurse.evans", "training-nurse-1");
    }

    /** The first patient of ward DEWI: Siân Evans, TRN01001, allergic to penicillin, with orders and doses given. */
    private long sian(ApiClient client) {
        JsonObject first = client.get("api/v1/wards/DEWI/patients").structure().asJsonArray().getJsonObject(0);
        assertEquals("TRN01001", first.getString("hospitalNumber"), first.toString());
        return first.getJsonNumber("patientId").longValue();
    }

    /** Nia Jones, TRN01006, with verified orders and the doses given since they started. */
    private long nia(ApiClient client) {
        Reply found = client.get("api/v1/patients?hospitalNumber=TRN01006");
        assertEquals(200, found.status(), found.body());
        return found.structure().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** A FHIR answer: its status, FHIR JSON, its type, and valid against base R4. */
    private static JsonObject fhir(Reply reply, int status, String resourceType) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/fhir+json"), reply.contentType() + " " + reply.body());
        JsonObject resource = reply.json();
        assertEquals(resourceType, resource.getString("resourceType"), reply.body());
        assertEquals(List.of(), R4Validation.errors(reply.body()), reply.body());
        return resource;
    }

    private static JsonObject outcome(Reply reply, int status, String issueCode) {
        JsonObject outcome = fhir(reply, status, "OperationOutcome");
        JsonObject issue = outcome.getJsonArray("issue").getJsonObject(0);
        assertEquals(issueCode, issue.getString("code"), reply.body());
        assertFalse(issue.getString("diagnostics").isBlank());
        assertFalse(reply.body().contains("Exception"), reply.body());
        return outcome;
    }

    private static List<JsonObject> entries(JsonObject bundle) {
        assertEquals("searchset", bundle.getString("type"));
        return bundle.containsKey("entry") ? bundle.getJsonArray("entry").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("resource")).toList() : List.of();
    }

    @Test
    void theCapabilityStatementSaysWhatIsSupported() {
        ApiClient nurse = nurse();
        JsonObject statement = fhir(nurse.get("api/v1/fhir/metadata"), 200, "CapabilityStatement");
        assertEquals("4.0.1", statement.getString("fhirVersion"));
        Set<String> types = Set.copyOf(statement.getJsonArray("rest").getJsonObject(0).getJsonArray("resource")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("type")).toList());
        assertEquals(Set.of("Patient", "AllergyIntolerance", "Medication", "MedicationRequest", "MedicationAdministration",
                "MedicationStatement"), types);
        assertTrue(statement.toString().contains("\"name\":\"category\""), statement.toString());
    }

    /** A patient by hospital number. */
    private static long patient(ApiClient client, String hospitalNumber) {
        Reply found = client.get("api/v1/patients?hospitalNumber=" + hospitalNumber);
        assertEquals(200, found.status(), found.body());
        return found.structure().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void theMedicinesTakenBeforeAdmissionAreStatementsWithThePrescribersDecision() {
        ApiClient nurse = nurse();
        long eluned = patient(nurse, "TRN01007");
        List<JsonObject> statements = entries(fhir(nurse.get("api/v1/fhir/MedicationStatement?patient=Patient/" + eluned), 200, "Bundle"));
        assertEquals(Set.of("active", "on-hold", "stopped"), Set.copyOf(statements.stream().map(s -> s.getString("status")).toList()),
                statements.toString());
        List<JsonObject> withheld = entries(fhir(nurse.get("api/v1/fhir/MedicationStatement?patient=" + eluned + "&status=on-hold"), 200,
                "Bundle"));
        assertEquals(1, withheld.size());
        assertFalse(withheld.get(0).getJsonArray("statusReason").getJsonObject(0).getString("text").isBlank());
        assertEquals(statements.size(), fhir(nurse.get("api/v1/fhir/MedicationStatement?patient=" + eluned + "&status=active,on-hold,stopped"),
                200, "Bundle").getInt("total"));
        String id = statements.get(0).getString("id");
        int auditedBefore = ItAudit.count("READ", "MedicinesReconciliation", id);
        JsonObject read = fhir(nurse.get("api/v1/fhir/MedicationStatement/" + id), 200, "MedicationStatement");
        assertEquals("Patient/" + eluned, read.getJsonObject("subject").getString("reference"));
        assertEquals(auditedBefore + 1, ItAudit.count("READ", "MedicinesReconciliation", id), "a FHIR read is an audit entry");

        long iolo = patient(nurse, "TRN01006");
        List<JsonObject> iolos = entries(fhir(nurse.get("api/v1/fhir/MedicationStatement?patient=" + iolo), 200, "Bundle"));
        JsonObject notCoded = iolos.stream().filter(s -> s.containsKey("medicationCodeableConcept")).findFirst().orElseThrow();
        assertTrue(notCoded.getJsonObject("medicationCodeableConcept").getString("text").startsWith("Glucosamine"), notCoded.toString());
        assertFalse(notCoded.getJsonObject("medicationCodeableConcept").containsKey("coding"));
        assertEquals("Patient/" + iolo, notCoded.getJsonObject("informationSource").getString("reference"));
    }

    @Test
    void theMedicinesGoingHomeAreDischargeRequestsAndThoseStoppingAreNot() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        long eluned = patient(doctor, "TRN01007");
        // a second current order, so that one goes home and one stops at discharge
        Reply draft = doctor.send("POST", "api/v1/patients/" + eluned + "/prescriptions",
                OrderJson.omeprazoleDaily().start(Instant.now().truncatedTo(ChronoUnit.SECONDS)).toString());
        assertEquals(201, draft.status(), draft.body());
        Reply signed = doctor.send("POST", "api/v1/prescriptions/" + draft.json().getJsonNumber("id") + "/sign",
                SignatureJson.forDraft(draft.json()).overridingSevere("FHIR test: reviewed").password("training-doctor-1").toString());
        assertEquals(200, signed.status(), signed.body());
        Reply started = doctor.send("POST", "api/v1/patients/" + eluned + "/discharge", null);
        assertTrue(started.status() == 201 || started.status() == 200, started.body());
        JsonObject discharge = started.json();
        List<JsonObject> orders = discharge.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("source").equals("ORDER")).toList();
        assertTrue(orders.size() >= 2, discharge.toString());
        long supplied = orders.get(0).getJsonNumber("id").longValue();
        long stopping = orders.get(1).getJsonNumber("id").longValue();
        long before = discharge.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("source").equals("BEFORE_ADMISSION")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String items = "api/v1/discharges/" + discharge.getJsonNumber("id") + "/items/";
        assertEquals(200, doctor.send("PUT", items + supplied, "{\"goingHome\":true,\"reason\":\"Continue at home\","
                + "\"supplyQuantity\":28,\"supplyDays\":28}").status());
        assertEquals(200, doctor.send("PUT", items + stopping, "{\"goingHome\":false,\"reason\":\"Course finished\"}").status());

        List<JsonObject> requests = entries(fhir(doctor.get("api/v1/fhir/MedicationRequest?patient=" + eluned + "&category=discharge"), 200,
                "Bundle"));
        assertEquals(orders.size() - 1, requests.size(), requests.toString());
        assertTrue(requests.stream().allMatch(r -> r.getString("id").startsWith("discharge-") && r.getString("status").equals("draft")
                && r.getString("intent").equals("order")
                && r.getJsonArray("category").getJsonObject(0).getJsonArray("coding").getJsonObject(0).getString("code").equals("discharge")));
        JsonObject request = fhir(doctor.get("api/v1/fhir/MedicationRequest/discharge-" + supplied), 200, "MedicationRequest");
        JsonObject dispense = request.getJsonObject("dispenseRequest");
        assertEquals(28, dispense.getJsonObject("quantity").getInt("value"));
        assertEquals(28, dispense.getJsonObject("expectedSupplyDuration").getInt("value"));
        assertTrue(request.getJsonArray("basedOn").getJsonObject(0).getString("reference").startsWith("MedicationRequest/"));
        outcome(doctor.get("api/v1/fhir/MedicationRequest/discharge-" + stopping), 404, "not-found");
        outcome(doctor.get("api/v1/fhir/MedicationRequest/discharge-" + before), 404, "not-found");

        int all = fhir(doctor.get("api/v1/fhir/MedicationRequest?patient=" + eluned), 200, "Bundle").getInt("total");
        List<JsonObject> inpatient = entries(fhir(doctor.get("api/v1/fhir/MedicationRequest?patient=" + eluned + "&category=inpatient"), 200,
                "Bundle"));
        assertTrue(inpatient.stream().noneMatch(r -> r.getString("id").startsWith("discharge-")));
        assertEquals(all, inpatient.size() + requests.size());
        assertEquals(all, fhir(doctor.get("api/v1/fhir/MedicationRequest?patient=" + eluned + "&category=discharge,inpatient"), 200,
                "Bundle").getInt("total"));
        assertEquals(requests.size(), fhir(doctor.get("api/v1/fhir/MedicationRequest?patient=" + eluned
                + "&category=http://terminology.hl7.org/CodeSystem/medicationrequest-category%7Cdischarge&status=draft"), 200, "Bundle").getInt("total"));
        assertEquals(0, fhir(doctor.get("api/v1/fhir/MedicationRequest?patient=" + eluned + "&category=discharge&category=inpatient"), 200,
                "Bundle").getInt("total"));
    }

    @Test
    void theBaseFhirAnswersAsTheApisFhirDoesWithTheSameLoginRolesAndAudit() {
        ApiClient nurse = nurse();
        JsonObject statement = fhir(nurse.get("fhir/metadata"), 200, "CapabilityStatement");
        assertEquals("4.0.1", statement.getString("fhirVersion"));
        long eluned = patient(nurse, "TRN01007");
        JsonObject viaAlias = fhir(nurse.get("fhir/MedicationStatement?patient=" + eluned + "&status=on-hold"), 200, "Bundle");
        assertEquals(fhir(nurse.get("api/v1/fhir/MedicationStatement?patient=" + eluned + "&status=on-hold"), 200, "Bundle").getInt("total"),
                viaAlias.getInt("total"), "each parameter arrives once");
        String id = entries(viaAlias).get(0).getString("id");
        int auditedBefore = ItAudit.count("READ", "MedicinesReconciliation", id);
        fhir(nurse.get("fhir/MedicationStatement/" + id), 200, "MedicationStatement");
        assertEquals(auditedBefore + 1, ItAudit.count("READ", "MedicinesReconciliation", id), "a read through /fhir is audited");
        outcome(nurse.get("fhir/MedicationStatement?patint=" + eluned), 400, "invalid");
        outcome(nurse.get("fhir/Observation"), 404, "not-found");
        outcome(nurse.send("DELETE", "fhir/Patient/" + eluned, null), 405, "not-supported");
        outcome(nurse.get("fhir/metadata?_format=xml"), 406, "not-supported");
        outcome(new ApiClient(deployment).get("fhir/metadata"), 401, "login");
        outcome(as("admin", "training-it-desk-1").get("fhir/metadata"), 403, "forbidden");
    }

    @Test
    void badSearchesOfTheNewResourcesAreOperationOutcomes() {
        ApiClient nurse = nurse();
        long eluned = patient(nurse, "TRN01007");
        outcome(nurse.get("api/v1/fhir/MedicationStatement?patient=" + eluned + "&status=finished"), 400, "invalid");
        outcome(nurse.get("api/v1/fhir/MedicationStatement?patient=" + eluned + "&code=x"), 400, "invalid");
        outcome(nurse.get("api/v1/fhir/MedicationStatement"), 400, "invalid");
        outcome(nurse.get("api/v1/fhir/MedicationStatement/999999999"), 404, "not-found");
        outcome(nurse.get("api/v1/fhir/MedicationStatement/x1"), 404, "not-found");
        outcome(nurse.get("api/v1/fhir/MedicationRequest?patient=" + eluned + "&category=outpatient"), 400, "invalid");
        outcome(nurse.get("api/v1/fhir/MedicationRequest?patient=" + eluned + "&category=https://example.org%7Cdischarge"), 400, "invalid");
        outcome(nurse.get("api/v1/fhir/MedicationRequest/discharge-x"), 404, "not-found");
        outcome(nurse.get("api/v1/fhir/MedicationRequest/discharge-999999999"), 404, "not-found");
        assertEquals(0, fhir(nurse.get("api/v1/fhir/MedicationStatement?patient=999999999"), 200, "Bundle").getInt("total"));
    }

    @Test
    void aPatientIsReadAndFoundByHospitalNumberAndNhsNumberAndTheReadIsAudited() {
        ApiClient nurse = nurse();
        long id = sian(nurse);
        int auditedBefore = ItAudit.count("READ", "Patient", Long.toString(id));
        JsonObject patient = fhir(nurse.get("api/v1/fhir/Patient/" + id), 200, "Patient");
        assertTrue(patient.getJsonArray("identifier").toString().contains("\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9990000107\""),
                patient.toString());
        assertTrue(patient.getJsonArray("identifier").toString().contains(HOSPITAL_NUMBER_SYSTEM), patient.toString());
        assertEquals(auditedBefore + 1, ItAudit.count("READ", "Patient", Long.toString(id)), "a FHIR read is an audit entry");

        JsonObject byHospital = fhir(nurse.get("api/v1/fhir/Patient?identifier=" + HOSPITAL_NUMBER_SYSTEM + "%7CTRN01001"), 200, "Bundle");
        assertEquals(1, byHospital.getInt("total"));
        assertEquals(Long.toString(id), entries(byHospital).get(0).getString("id"));
        assertTrue(byHospital.getJsonArray("entry").getJsonObject(0).getString("fullUrl").endsWith("/api/v1/fhir/Patient/" + id));
        JsonObject byNhs = fhir(nurse.get("api/v1/fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C9990000107"), 200, "Bundle");
        assertEquals(1, byNhs.getInt("total"));
        JsonObject byValue = fhir(nurse.get("api/v1/fhir/Patient?identifier=TRN01001"), 200, "Bundle");
        assertEquals(1, byValue.getInt("total"));
        JsonObject otherSystem = fhir(nurse.get("api/v1/fhir/Patient?identifier=https://example.org/ids%7CTRN01001"), 200, "Bundle");
        assertEquals(0, otherSystem.getInt("total"));
        JsonObject nobody = fhir(nurse.get("api/v1/fhir/Patient?identifier=NOSUCH999"), 200, "Bundle");
        assertEquals(0, nobody.getInt("total"));
    }

    @Test
    void aPatientsAllergiesOrdersAndDosesAreSearchedAndRead() {
        ApiClient nurse = nurse();
        long id = sian(nurse);
        List<JsonObject> allergies = entries(fhir(nurse.get("api/v1/fhir/AllergyIntolerance?patient=Patient/" + id), 200, "Bundle"));
        assertEquals(1, allergies.size());
        assertEquals("Penicillin", allergies.get(0).getJsonObject("code").getString("text"));
        fhir(nurse.get("api/v1/fhir/AllergyIntolerance/" + allergies.get(0).getString("id")), 200, "AllergyIntolerance");
        id = nia(nurse);

        List<JsonObject> orders = entries(fhir(nurse.get("api/v1/fhir/MedicationRequest?patient=" + id), 200, "Bundle"));
        assertFalse(orders.isEmpty(), "the training patient has orders");
        List<JsonObject> active = entries(fhir(nurse.get("api/v1/fhir/MedicationRequest?patient=" + id + "&status=active"), 200, "Bundle"));
        assertFalse(active.isEmpty());
        assertTrue(active.stream().allMatch(o -> o.getString("status").equals("active")));
        JsonObject order = fhir(nurse.get("api/v1/fhir/MedicationRequest/" + active.get(0).getString("id")), 200, "MedicationRequest");
        String medication = order.getJsonObject("medicationReference").getString("reference");
        JsonObject product = fhir(nurse.get("api/v1/fhir/" + medication), 200, "Medication");
        String code = product.getJsonObject("code").getJsonArray("coding").getJsonObject(0).getString("code");
        assertEquals(1, fhir(nurse.get("api/v1/fhir/Medication?code=" + code), 200, "Bundle").getInt("total"));

        List<JsonObject> doses = entries(fhir(nurse.get("api/v1/fhir/MedicationAdministration?patient=" + id), 200, "Bundle"));
        assertFalse(doses.isEmpty(), "the training patient has doses given");
        fhir(nurse.get("api/v1/fhir/MedicationAdministration/" + doses.get(0).getString("id")), 200, "MedicationAdministration");
        String day = doses.get(doses.size() - 1).getString("effectiveDateTime").substring(0, 10);
        List<JsonObject> thatDay = entries(fhir(nurse.get("api/v1/fhir/MedicationAdministration?patient=" + id + "&effective-time=ge" + day
                + "&effective-time=le" + day), 200, "Bundle"));
        assertFalse(thatDay.isEmpty());
        assertTrue(thatDay.size() <= doses.size());
        assertTrue(thatDay.stream().allMatch(d -> d.getString("effectiveDateTime").startsWith(day)), thatDay.toString());
        assertEquals(0, entries(fhir(nurse.get("api/v1/fhir/MedicationAdministration?patient=" + id + "&effective-time=lt2000-01-01"), 200,
                "Bundle")).size());
        // a patient who does not exist has nothing
        assertEquals(0, fhir(nurse.get("api/v1/fhir/MedicationRequest?patient=999999999"), 200, "Bundle").getInt("total"));
    }

    @Test
    void everyProblemIsAnOperationOutcomeWithItsStatus() {
        ApiClient nurse = nurse();
        long id = sian(nurse);
        outcome(nurse.get("api/v1/fhir/Observation?patient=" + id), 404, "not-found");
        outcome(nurse.get("api/v1/fhir/Patient/999999999"), 404, "not-found");
        outcome(nurse.get("api/v1/fhir/Patient/not-an-id"), 404, "not-found");
        outcome(nurse.get("api/v1/fhir/AllergyIntolerance/" + id + "-999999999"), 404, "not-found");
        outcome(nurse.get("api/v1/fhir/Medication/NO-SUCH-PRODUCT"), 404, "not-found");
        outcome(nurse.get("api/v1/fhir/MedicationAdministration/999999999"), 404, "not-found");
        outcome(nurse.get("api/v1/fhir/Patient"), 400, "invalid");
        outcome(nurse.get("api/v1/fhir/Patient?name=Evans"), 400, "invalid");
        outcome(nurse.get("api/v1/fhir/MedicationRequest?patint=" + id), 400, "invalid");
        outcome(nurse.get("api/v1/fhir/MedicationRequest?patient=" + id + "&status=finished"), 400, "invalid");
        outcome(nurse.get("api/v1/fhir/MedicationRequest?patient=Practitioner/x"), 400, "invalid");
        outcome(nurse.get("api/v1/fhir/MedicationAdministration?patient=" + id + "&effective-time=yesterday"), 400, "invalid");
        outcome(nurse.get("api/v1/fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C1234567890"), 400, "invalid");
        outcome(nurse.get("api/v1/fhir/Patient/" + id + "?_format=xml"), 406, "not-supported");
        outcome(nurse.send("GET", "api/v1/fhir/Patient/" + id, null, Map.of("Accept", "application/fhir+xml")), 406, "not-supported");
        outcome(nurse.send("DELETE", "api/v1/fhir/Patient/" + id, null), 405, "not-supported");
        // JSON asked for in the ways FHIR allows
        fhir(nurse.get("api/v1/fhir/Patient/" + id + "?_format=json"), 200, "Patient");
        fhir(nurse.send("GET", "api/v1/fhir/Patient/" + id, null, Map.of("Accept", "application/fhir+json")), 200, "Patient");
    }

    @Test
    void anonymousCallersAreAskedToLogInAndStaffWithoutAClinicalRoleAreRefused() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        long id = sian(doctor);
        long nia = nia(doctor);
        String order = entries(fhir(doctor.get("api/v1/fhir/MedicationRequest?patient=" + nia), 200, "Bundle")).get(0).getString("id");
        String dose = entries(fhir(doctor.get("api/v1/fhir/MedicationAdministration?patient=" + nia), 200, "Bundle")).get(0).getString("id");
        String allergy = entries(fhir(doctor.get("api/v1/fhir/AllergyIntolerance?patient=" + id), 200, "Bundle")).get(0).getString("id");
        String statement = entries(fhir(doctor.get("api/v1/fhir/MedicationStatement?patient=" + nia), 200, "Bundle")).get(0).getString("id");
        List<String> addresses = List.of("api/v1/fhir/metadata", "api/v1/fhir/Patient/" + id, "api/v1/fhir/Patient?identifier=TRN01001",
                "api/v1/fhir/AllergyIntolerance/" + allergy, "api/v1/fhir/AllergyIntolerance?patient=" + id, "api/v1/fhir/Medication/PARACETAMOL-TAB-500",
                "api/v1/fhir/Medication?code=PARACETAMOL-TAB-500", "api/v1/fhir/MedicationRequest/" + order, "api/v1/fhir/MedicationRequest?patient=" + id,
                "api/v1/fhir/MedicationAdministration/" + dose, "api/v1/fhir/MedicationAdministration?patient=" + id,
                "api/v1/fhir/MedicationStatement/" + statement, "api/v1/fhir/MedicationStatement?patient=" + nia,
                "fhir/metadata", "fhir/MedicationStatement?patient=" + nia, "fhir/Patient/" + id);
        Map<Role, DemoStaff> staff = DemoStaff.byRole();
        Map<DemoStaff, ApiClient> callers = new LinkedHashMap<>();
        staff.values().forEach(user -> callers.put(user, as(user.username(), user.password())));
        for (String address : addresses) {
            JsonObject refused = outcome(new ApiClient(deployment).get(address), 401, "login");
            assertTrue(refused.toString().contains("not-logged-in"), refused.toString());
            for (Map.Entry<DemoStaff, ApiClient> caller : callers.entrySet()) {
                Reply reply = caller.getValue().get(address);
                // a nurse in charge is a nurse too; ADMIN and AUDITOR hold no clinical role
                if (caller.getKey().roles().stream().anyMatch(Set.of(Role.PRESCRIBER, Role.NURSE, Role.PHARMACIST)::contains)) {
                    assertEquals(200, reply.status(), caller.getKey().username() + " " + address + ": " + reply.body());
                } else {
                    outcome(reply, 403, "forbidden");
                }
            }
        }
    }
}
