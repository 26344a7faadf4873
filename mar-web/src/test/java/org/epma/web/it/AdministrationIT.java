package org.epma.web.it;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.AdministrationJson;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bedside administration through the REST API in Payara Micro: the five-rights stops, one record per dose however
 * many nurses or retries, witnesses for controlled drugs, as-needed limits and effects, corrections, and requests to
 * pharmacy. Each test prescribes for a patient of its own; orders start now, so their first dose is due now.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final String PARACETAMOL = "(01)00200000000011(17)" + LocalDate.now().plusYears(1).toString().substring(2).replace("-", "")
            + "(10)BATCH7";
    private static final String OXYCODONE = "(01)00200000000301";
    private static final String AMLODIPINE = "(01)" + gtinOf("AMLODIPINE-TAB-5");

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

    private ApiClient nurse() {
        return as("nurse.evans", "training-nurse-1");
    }

    /** A new nurse of the test's own, whose witness attempts and lock-out no other test touches; logged in. */
    private ApiClient newNurse() {
        return as(newNurseAccount(), NEW_PASSWORD);
    }

    private String newNurseAccount() {
        String username = "nurse." + UUID.randomUUID().toString().substring(0, 8);
        Reply created = as("admin", "training-it-desk-1").send("POST", "api/v1/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Test Nurse\",\"roles\":[\"NURSE\"],\"password\":\"" + NEW_PASSWORD + "\"}");
        assertEquals(201, created.status(), created.body());
        return username;
    }

    private static final String NEW_PASSWORD = "first password 1";

    private record Ordered(long patient, String hospitalNumber, long prescription, Instant firstDose) {
    }

    private record NewPatient(long id, String hospitalNumber) {
    }

    /** A new adult weighed, with renal function and no known allergies, and no orders. */
    private NewPatient newPatient() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        PatientJson newPatient = PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("A")).named("Bedside", "Test")
                .bornOn(LocalDate.of(1968, 2, 2));
        Reply created = doctor.send("POST", "api/v1/patients", newPatient.toString());
        assertEquals(201, created.status(), created.body());
        long patient = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        doctor.send("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("EGFR", "90"));
        doctor.send("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());
        return new NewPatient(patient, newPatient.hospitalNumber());
    }

    /** A new patient with one signed order (verified by pharmacy unless {@code verify} is false) starting now. */
    private Ordered prescribe(OrderJson order, boolean verify) {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        NewPatient created = newPatient();
        long patient = created.id();
        String number = created.hospitalNumber();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Reply draft = doctor.send("POST", "api/v1/patients/" + patient + "/prescriptions", order.start(start).toString());
        assertEquals(201, draft.status(), draft.body());
        long id = draft.json().getJsonNumber("id").longValue();
        // the password is asked for a controlled drug only, and ignored otherwise
        Reply signed = doctor.send("POST", "api/v1/prescriptions/" + id + "/sign",
                SignatureJson.forDraft(draft.json()).password("training-doctor-1").toString());
        assertEquals(200, signed.status(), signed.body());
        if (verify) {
            Reply verified = as("pharm.hughes", "training-pharmacist").send("POST", "api/v1/prescriptions/" + id + "/verify", null);
            assertEquals(200, verified.status(), verified.body());
        }
        return new Ordered(patient, number, id, start);
    }

    private static AdministrationJson give(Ordered o, Instant scheduledAt, String product) {
        return AdministrationJson.scannedAndGiven(o.patient(), o.prescription(), o.hospitalNumber(), product).scheduledAt(scheduledAt);
    }

    private static Reply record(ApiClient client, String key, AdministrationJson body) {
        return client.send("POST", "api/v1/administrations", body.toString(), Map.of("Idempotency-Key", key));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String stopOf(Reply reply) {
        assertEquals(422, reply.status(), reply.body());
        String type = reply.json().getString("type");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    private static OrderJson paracetamolQ6h() {
        return OrderJson.paracetamolEvery6Hours();
    }

    @Test
    void aNurseAuthorisedByNameGivesADoseUnderADirectionBeforeVerificationAndAnotherPrescriberReviewsIt() {
        NewPatient patient = newPatient();
        String direction = "api/v1/patient-group-directions/PGD-PARACETAMOL-PO";
        String body = "{\"patientId\":" + patient.id() + ",\"criteriaConfirmed\":true}";
        ApiClient nurse = nurse();
        JsonObject listed = nurse.get("api/v1/patient-group-directions").structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(d -> d.getString("id").equals("PGD-PARACETAMOL-PO")).findFirst().orElseThrow();
        assertTrue(listed.getBoolean("authorisedForYou"), listed.toString());
        assertTrue(listed.getBoolean("inForce"), listed.toString());

        Reply notAuthorised = as("nurse.okafor", "training-nurse-2").send("POST", direction + "/doses", body, Map.of("Idempotency-Key", key()));
        assertEquals(403, notAuthorised.status(), notAuthorised.body());
        assertTrue(notAuthorised.json().getString("type").endsWith("/duty/unauthorised-direction"), notAuthorised.body());
        Reply unconfirmed = nurse.send("POST", direction + "/doses", "{\"patientId\":" + patient.id() + "}", Map.of("Idempotency-Key", key()));
        assertEquals(400, unconfirmed.status(), unconfirmed.body());
        assertEquals("refusal.pgd.criteriaNotConfirmed", unconfirmed.json().getString("code"), unconfirmed.body());

        String key = key();
        Reply started = nurse.send("POST", direction + "/doses", body, Map.of("Idempotency-Key", key));
        assertEquals(201, started.status(), started.body());
        JsonObject order = started.json().getJsonObject("order");
        assertEquals("STAT", order.getString("frequency"));
        assertEquals("PENDING_VERIFICATION", order.getString("status"));
        assertEquals("nurse.evans", order.getString("prescribedBy"));
        long id = order.getJsonNumber("id").longValue();
        Reply repeated = nurse.send("POST", direction + "/doses", body, Map.of("Idempotency-Key", key));
        assertEquals(200, repeated.status(), repeated.body());
        assertEquals(id, repeated.json().getJsonObject("order").getJsonNumber("id").longValue(), "a retried request starts no second dose");

        Ordered o = new Ordered(patient.id(), patient.hospitalNumber(), id, Instant.parse(order.getString("start")));
        Reply given = record(nurse, key(), give(o, o.firstDose(), PARACETAMOL));
        assertEquals(201, given.status(), "a dose under a direction is given before pharmacy verifies it: " + given.body());

        ApiClient doctor = as("dr.jones", "training-doctor-1");
        JsonObject awaiting = doctor.get("api/v1/patient-group-directions/orders?awaitingReview=true").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getJsonNumber("prescriptionId").longValue() == id)
                .findFirst().orElseThrow();
        assertEquals("nurse.evans", awaiting.getString("startedBy"));
        assertFalse(awaiting.getBoolean("reviewOverdue"));
        assertEquals(403, nurse.send("POST", "api/v1/patient-group-directions/orders/" + id + "/review", "{}").status());
        Reply reviewed = doctor.send("POST", "api/v1/patient-group-directions/orders/" + id + "/review",
                "{\"note\":\"Pain settled; regular paracetamol prescribed\"}");
        assertEquals(200, reviewed.status(), reviewed.body());
        assertEquals("dr.jones", reviewed.json().getString("reviewedBy"));
        assertEquals(409, as("dr.patel", "training-doctor-2").send("POST", "api/v1/patient-group-directions/orders/" + id + "/review",
                "{}").status(), "reviewed once");
        assertTrue(doctor.get("api/v1/patient-group-directions/orders?awaitingReview=true").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().noneMatch(d -> d.getJsonNumber("prescriptionId").longValue() == id));
    }

    @Test
    void aNurseNamedInTheHomelyRemediesProtocolGivesARemedyMarkedAsOneAndASecondDoseTooSoonIsRefused() {
        NewPatient patient = newPatient();
        String remedy = "api/v1/homely-remedies/HR-PARACETAMOL-PO";
        String body = "{\"patientId\":" + patient.id() + ",\"criteriaConfirmed\":true}";
        ApiClient nurse = nurse();
        JsonObject listed = nurse.get("api/v1/homely-remedies").structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(d -> d.getString("id").equals("HR-PARACETAMOL-PO")).findFirst().orElseThrow();
        assertTrue(listed.getBoolean("authorisedForYou"), listed.toString());
        assertEquals(4, listed.getInt("minimumIntervalHours"));
        assertEquals(4, listed.getInt("maximumDosesIn24Hours"));

        Reply notNamed = as("nurse.okafor", "training-nurse-2").send("POST", remedy + "/doses", body, Map.of("Idempotency-Key", key()));
        assertEquals(403, notNamed.status(), notNamed.body());
        assertTrue(notNamed.json().getString("type").endsWith("/duty/unauthorised-remedy"), notNamed.body());
        Reply unconfirmed = nurse.send("POST", remedy + "/doses", "{\"patientId\":" + patient.id() + "}", Map.of("Idempotency-Key", key()));
        assertEquals(400, unconfirmed.status(), unconfirmed.body());
        assertEquals("refusal.remedy.cautionsNotConfirmed", unconfirmed.json().getString("code"), unconfirmed.body());

        Reply started = nurse.send("POST", remedy + "/doses", body, Map.of("Idempotency-Key", key()));
        assertEquals(201, started.status(), started.body());
        JsonObject order = started.json().getJsonObject("order");
        assertEquals("STAT", order.getString("frequency"));
        assertTrue(order.getString("instructions").contains("homely remedy"), "the order says it is a homely remedy: " + order);
        assertEquals("HOMELY_REMEDY", started.json().getJsonObject("direction").getString("kind"));
        long id = order.getJsonNumber("id").longValue();
        Ordered o = new Ordered(patient.id(), patient.hospitalNumber(), id, Instant.parse(order.getString("start")));
        Reply given = record(nurse, key(), give(o, o.firstDose(), PARACETAMOL));
        assertEquals(201, given.status(), "a homely remedy is given before pharmacy verifies it: " + given.body());

        Reply tooSoon = nurse.send("POST", remedy + "/doses", body, Map.of("Idempotency-Key", key()));
        assertEquals(409, tooSoon.status(), tooSoon.body());
        assertTrue(tooSoon.json().getString("type").endsWith("/homely-remedy/too-soon"), tooSoon.body());
        assertEquals("refusal.remedy.tooSoon", tooSoon.json().getString("code"), tooSoon.body());
        Reply checked = nurse.send("POST", remedy + "/check", "{\"patientId\":" + patient.id() + "}");
        assertEquals(409, checked.status(), "the check says so before the nurse starts anything: " + checked.body());
        assertEquals(1, nurse.get("api/v1/patients/" + patient.id() + "/prescriptions").structure().asJsonArray().size());

        ApiClient doctor = as("dr.jones", "training-doctor-1");
        JsonObject awaiting = doctor.get("api/v1/patient-group-directions/orders?awaitingReview=true").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getJsonNumber("prescriptionId").longValue() == id)
                .findFirst().orElseThrow();
        assertEquals("HOMELY_REMEDY", awaiting.getString("kind"), "the prescriber's list says which kind of dose it was");
        Reply reviewed = doctor.send("POST", "api/v1/patient-group-directions/orders/" + id + "/review", "{}");
        assertEquals(200, reviewed.status(), reviewed.body());
    }

    @Test
    void aDirectionsDoseThatRaisesASeriousAlertIsReferredToAPrescriberAndNothingIsStarted() {
        NewPatient patient = newPatient();
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        Reply allergy = doctor.send("POST", "api/v1/patients/" + patient.id() + "/allergies",
                PatientJson.allergy("Paracetamol", "Anaphylaxis", "SEVERE"));
        assertEquals(201, allergy.status(), allergy.body());
        ApiClient nurse = nurse();
        Reply checked = nurse.send("POST", "api/v1/patient-group-directions/PGD-PARACETAMOL-PO/check", "{\"patientId\":" + patient.id() + "}");
        assertEquals(200, checked.status(), checked.body());
        assertTrue(checked.body().contains("ALLERGY"), checked.body());
        Reply refused = nurse.send("POST", "api/v1/patient-group-directions/PGD-PARACETAMOL-PO/doses",
                "{\"patientId\":" + patient.id() + ",\"criteriaConfirmed\":true}", Map.of("Idempotency-Key", key()));
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("type").endsWith("/refer-to-prescriber"), refused.body());
        assertEquals(0, nurse.get("api/v1/patients/" + patient.id() + "/prescriptions").structure().asJsonArray().size(),
                "nothing is started when a direction cannot be used");
        assertEquals(0, nurse.get("api/v1/patient-group-directions/orders?patient=" + patient.id()).structure().asJsonArray().size());
    }

    @Test
    void theChartGivesWholeWardDaysFromTheDayAskedAndAStoppedOrderSaysWhoStoppedItWhenAndWhy() {
        WardDay.startBeforeMidnight(ZoneId.of("Europe/London"), Duration.ofMinutes(2));
        Ordered o = prescribe(paracetamolQ6h(), true);
        ApiClient nurse = nurse();
        String chart = "api/v1/patients/" + o.patient() + "/mar";
        ZoneId ward = ZoneId.of("Europe/London");
        LocalDate today = LocalDate.now(ward);

        JsonObject earlier = nurse.get(chart + "?from=" + today.minusDays(3) + "&days=2").json();
        assertEquals(today.minusDays(3).atStartOfDay(ward).toInstant(), Instant.parse(earlier.getString("from")));
        assertEquals(today.minusDays(1).atStartOfDay(ward).toInstant(), Instant.parse(earlier.getString("to")));
        assertTrue(earlier.getJsonArray("orders").isEmpty(), "the order starts today: not on the chart of earlier days");
        JsonObject todayOnly = nurse.get(chart + "?days=1").json();
        assertEquals(today.atStartOfDay(ward).toInstant(), Instant.parse(todayOnly.getString("from")), "one day: today");
        assertFalse(todayOnly.getJsonArray("orders").getJsonObject(0).getJsonArray("doses").isEmpty());
        assertFalse(todayOnly.getJsonArray("orders").getJsonObject(0).containsKey("stopped"), "a current order is not stopped");

        Reply stopped = as("dr.jones", "training-doctor-1").send("POST", "api/v1/prescriptions/" + o.prescription() + "/discontinue",
                "{\"reason\":\"Rash after the first dose\"}");
        assertEquals(200, stopped.status(), stopped.body());
        JsonObject stop = nurse.get(chart).json().getJsonArray("orders").getJsonObject(0).getJsonObject("stopped");
        assertEquals("DISCONTINUED", stop.getString("status"));
        assertEquals("dr.jones", stop.getString("by"));
        assertFalse(stop.getString("byName").isBlank());
        assertEquals("Rash after the first dose", stop.getString("reason"));
        assertTrue(Duration.between(Instant.parse(stop.getString("at")), Instant.now()).abs().toMinutes() < 5, stop.toString());
        JsonObject prescription = nurse.get("api/v1/prescriptions/" + o.prescription()).json();
        assertEquals("dr.jones", prescription.getString("statusChangedBy"));
        assertEquals(stop.getString("at"), prescription.getString("statusChangedAt"));
    }

    @Test
    void aScannedDoseIsRecordedOnceAndARetryReturnsTheSameRecord() {
        Ordered o = prescribe(paracetamolQ6h(), true);
        ApiClient nurse = nurse();
        String key = key();
        Reply first = record(nurse, key, give(o, o.firstDose(), PARACETAMOL));
        assertEquals(201, first.status(), first.body());
        assertEquals("GIVEN", first.json().getString("outcome"));
        assertEquals("1 g", first.json().getString("doseText"));
        assertEquals(2, first.json().getJsonNumber("quantity").intValue(), "two 500 mg tablets for 1 g");
        assertEquals("BATCH7", first.json().getString("batch"));
        Reply retry = record(nurse, key, give(o, o.firstDose(), PARACETAMOL));
        assertEquals(first.json().getJsonNumber("id"), retry.json().getJsonNumber("id"));
        JsonObject chart = nurse.get("api/v1/patients/" + o.patient() + "/mar").json();
        assertEquals(1, chart.getJsonArray("administrations").size());
        JsonObject dose = chart.getJsonArray("orders").getJsonObject(0).getJsonArray("doses").getJsonObject(0);
        assertEquals("GIVEN", dose.getString("state"));
    }

    @Test
    void aOnceOnlyDoseGivenCompletesItsOrderSoItLeavesTheChecks() {
        Ordered o = prescribe(OrderJson.paracetamolEvery6Hours().frequency("STAT"), true);
        Reply given = record(nurse(), key(), give(o, o.firstDose(), PARACETAMOL));
        assertEquals(201, given.status(), given.body());
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        JsonObject order = doctor.get("api/v1/prescriptions/" + o.prescription()).json();
        assertEquals("COMPLETED", order.getString("status"), order.toString());
        JsonObject checked = doctor.send("POST", "api/v1/patients/" + o.patient() + "/order-checks",
                OrderJson.paracetamolEvery6Hours().frequency("STAT").toString())
                .json();
        assertTrue(checked.getJsonArray("alerts").getValuesAs(JsonObject.class).stream()
                .noneMatch(a -> a.getString("category").equals("DUPLICATE_THERAPY")), checked.toString());
    }

    @Test
    void twoNursesRecordingTheSameDoseAtOnceOneWinsAndTheOtherIsToldWhoAndWhen() throws Exception {
        Ordered o = prescribe(paracetamolQ6h(), true);
        ApiClient evans = nurse();
        ApiClient okafor = as("nurse.okafor", "training-nurse-2");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Reply>> both = List.of(() -> record(evans, key(), give(o, o.firstDose(), PARACETAMOL)),
                    () -> record(okafor, key(), give(o, o.firstDose(), PARACETAMOL)));
            List<Reply> replies = pool.invokeAll(both).stream().map(AdministrationIT::result).toList();
            List<Integer> statuses = replies.stream().map(Reply::status).sorted().toList();
            assertEquals(List.of(201, 409), statuses, replies.stream().map(Reply::body).toList().toString());
            Reply loser = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertTrue(loser.json().getString("detail").matches(".*already recorded as given by .*nurse\\.(evans|okafor).* at \\d\\d:\\d\\d.*"),
                    loser.json().getString("detail"));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, nurse().get("api/v1/patients/" + o.patient() + "/mar").json().getJsonArray("administrations").size());
    }

    private static Reply result(Future<Reply> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aWristbandAloneIsCheckedAgainstTheChartTheMomentItIsScanned() {
        Ordered o = prescribe(paracetamolQ6h(), true);
        ApiClient nurse = nurse();
        String scan = "api/v1/patients/" + o.patient() + "/administrations/scan";
        Reply own = nurse.send("POST", scan, "{\"wristband\":\"" + o.hospitalNumber() + "\"}");
        assertEquals(200, own.status(), own.body());
        assertTrue(own.json().getJsonArray("orders").isEmpty(), own.body());
        Reply other = nurse.send("POST", scan, "{\"wristband\":\"TRN01006\"}");
        assertEquals("wrong-patient", stopOf(other));
        assertTrue(other.json().getString("detail").contains("Iolo Williams"), other.body());
    }

    @Test
    void theFiveRightsStopTheRecordWithOneSentence() {
        Ordered o = prescribe(paracetamolQ6h(), true);
        ApiClient nurse = nurse();
        AdministrationJson otherWristband = give(o, o.firstDose(), PARACETAMOL).wristband("TRN01006");
        Reply wrongPatient = record(nurse, key(), otherWristband);
        assertEquals("wrong-patient", stopOf(wrongPatient));
        assertTrue(wrongPatient.json().getString("detail").contains("Iolo Williams"), wrongPatient.body());
        assertEquals("product-not-ordered", stopOf(record(nurse, key(), give(o, o.firstDose(), AMLODIPINE))));
        assertEquals("wrong-strength", stopOf(record(nurse, key(), give(o, o.firstDose(), "(01)" + gtinOf("PARACETAMOL-SUSP-120-5ML")))));
        assertEquals("expired-product", stopOf(record(nurse, key(), give(o, o.firstDose(), "(01)00200000000011(17)200101"))));
        assertEquals("unreadable-barcode", stopOf(record(nurse, key(), give(o, o.firstDose(), "(01)00200000000012"))));
        assertEquals("unknown-product", stopOf(record(nurse, key(), give(o, o.firstDose(), "(01)00200000099992"))));
        assertEquals("not-due", stopOf(record(nurse, key(), give(o, o.firstDose().plus(6, ChronoUnit.HOURS), PARACETAMOL))));
        assertEquals("dose-not-prescribed", stopOf(record(nurse, key(), give(o, o.firstDose(), PARACETAMOL).dose("1500", "mg"))));
        Reply scan = nurse.send("POST", "api/v1/patients/" + o.patient() + "/administrations/scan",
                "{\"wristband\":\"" + o.hospitalNumber() + "\",\"product\":\"" + PARACETAMOL + "\"}");
        assertEquals(200, scan.status(), scan.body());
        assertEquals(o.prescription(), scan.json().getJsonArray("orders").getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(nurse.get("api/v1/patients/" + o.patient() + "/mar").json().getJsonArray("administrations").isEmpty(),
                "a stopped record saves nothing");
    }

    @Test
    void anOrderNotYetVerifiedIsNotGivenUnlessItIsCritical() {
        Ordered o = prescribe(paracetamolQ6h(), false);
        assertEquals("not-verified", stopOf(record(nurse(), key(), give(o, o.firstDose(), PARACETAMOL))));
    }

    @Test
    void insulinUnderTheSkinIsCheckedByASecondPersonAsTheSitesSecondCheckRulesSay() {
        Ordered o = prescribe(OrderJson.of("INSULINSOLUBLE-CART-100U-3ML").dose("4", "unit").route("SC").frequency("STAT"), true);
        ApiClient nurse = nurse();
        JsonObject order = nurse.get("api/v1/patients/" + o.patient() + "/mar").json().getJsonArray("orders")
                .getJsonObject(0).getJsonObject("order");
        assertTrue(order.getString("secondCheck").startsWith("insulin"), "the chart says why: " + order);
        AdministrationJson body = give(o, o.firstDose(), "(01)" + gtinOf("INSULINSOLUBLE-CART-100U-3ML")).site("abdomen");
        Reply alone = record(nurse, key(), body);
        assertEquals("witness-required", stopOf(alone));
        assertEquals("stopText.secondCheckRequired", alone.json().getString("code"), alone.body());
        Reply checked = record(nurse, key(), witnessed(body, "nurse.okafor", "training-nurse-2"));
        assertEquals(201, checked.status(), checked.body());
        assertEquals("nurse.okafor", checked.json().getString("witnessedBy"));
    }

    @Test
    void aControlledDrugNeedsASecondPersonWhoProvesWhoTheyAre() {
        Ordered o = prescribe(oxycodonePrn(), true);
        ApiClient nurse = nurse();
        AdministrationJson body = give(o, null, OXYCODONE).prnReason("pain 7/10");
        assertEquals("witness-required", stopOf(record(nurse, key(), body)));
        assertEquals("witness-not-allowed", stopOf(record(nurse, key(),
                witnessed(body, "nurse.evans", "training-nurse-1"))));
        assertEquals("witness-not-authenticated", stopOf(record(nurse, key(),
                witnessed(body, "nurse.okafor", "not-her-password"))));
        Reply given = record(nurse, key(), witnessed(body, "nurse.okafor", "training-nurse-2"));
        assertEquals(201, given.status(), given.body());
        assertEquals("nurse.okafor", given.json().getString("witnessedBy"));
        assertEquals("nurse.evans", given.json().getString("recordedBy"));
        Reply tooSoon = record(nurse, key(), witnessed(body, "nurse.okafor", "training-nurse-2"));
        assertEquals("prn-interval", stopOf(tooSoon));
        assertTrue(tooSoon.json().getString("detail").contains("next may be given from"), tooSoon.body());
        Reply effect = nurse.send("POST", "api/v1/administrations/" + given.json().getJsonNumber("id") + "/effect",
                "{\"effect\":\"Pain 2/10 after 40 minutes\"}", Map.of("Idempotency-Key", key()));
        assertEquals(201, effect.status(), effect.body());
        JsonObject chart = nurse.get("api/v1/patients/" + o.patient() + "/mar").json();
        JsonObject record = chart.getJsonArray("administrations").getJsonObject(0);
        assertEquals("Pain 2/10 after 40 minutes", record.getJsonArray("effects").getJsonObject(0).getString("effect"));
        assertFalse(chart.getJsonArray("orders").getJsonObject(0).getJsonObject("prn").getBoolean("availableNow"));
    }

    /** A printed report read back as text, whitespace folded. */
    private static String pdfText(byte[] pdf) {
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aWitnessedControlledDoseIsInTheWardsRegisterAndThePatientsPrintedRecord() {
        WardDay.startBeforeMidnight(ZoneId.of("Europe/London"), Duration.ofMinutes(2));
        Ordered o = prescribe(oxycodonePrn(), true);
        ApiClient nurse = nurse();
        Reply admitted = nurse.send("POST", "api/v1/patients/" + o.patient() + "/admission", "{\"ward\":\"CYBI\"}");
        assertEquals(200, admitted.status(), admitted.body());
        Reply given = record(nurse, key(), witnessed(give(o, null, OXYCODONE).prnReason("pain 7/10"), "nurse.okafor", "training-nurse-2"));
        assertEquals(201, given.status(), given.body());
        String today = LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();

        String register = pdfText(as("pharm.hughes", "training-pharmacist")
                .getBytes("api/v1/wards/CYBI/reports/controlled-drugs?from=" + today + "&to=" + today));
        assertTrue(register.contains("Oxycodone"), register);
        assertTrue(register.contains("TEST, Bedside · " + o.hospitalNumber() + " Nia Evans (nurse.evans) Chidi Okafor (nurse.okafor)"),
                "the dose, who gave it and who witnessed it: " + register);

        String chart = pdfText(nurse.getBytes("api/v1/patients/" + o.patient() + "/reports/mar?from=" + today + "&to=" + today));
        assertTrue(chart.contains("TEST, Bedside"), chart);
        assertTrue(chart.contains("As needed Given"), chart);
        assertTrue(chart.contains("Nia Evans (nurse.evans) + Chidi Okafor (nurse.okafor) why: pain 7/10"), chart);
        assertTrue(chart.contains("Page 1 of 1"), chart);
    }

    @Test
    void anOmittedCriticalDoseAndAnInterventionShowInTheWardsReportsAndTurnaroundCountsTheVerification() {
        WardDay.startBeforeMidnight(ZoneId.of("Europe/London"), Duration.ofMinutes(2));
        Ordered o = prescribe(OrderJson.of("LEVETIRACETAM-TAB-500").dose("500", "mg").route("PO").frequency("Q12H"), true);
        ApiClient nurse = nurse();
        // on the ward from before the first dose, so the dose is the ward's
        Reply admitted = nurse.send("POST", "api/v1/patients/" + o.patient() + "/admission", "{\"ward\":\"CYBI\",\"at\":\""
                + o.firstDose().minusSeconds(600) + "\"}");
        assertEquals(200, admitted.status(), admitted.body());
        Reply notGiven = record(nurse, key(), AdministrationJson.notGiven(o.patient(), o.prescription(), "DRUG_UNAVAILABLE")
                .scheduledAt(o.firstDose()));
        assertEquals(201, notGiven.status(), notGiven.body());
        ApiClient pharmacist = as("pharm.hughes", "training-pharmacist");
        Reply intervention = pharmacist.send("POST", "api/v1/prescriptions/" + o.prescription() + "/interventions",
                "{\"category\":\"DOSE\",\"note\":\"Supply found in the emergency cupboard; ward told\"}");
        assertEquals(201, intervention.status(), intervention.body());
        String today = LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        String period = "?from=" + today + "&to=" + today;

        String omissions = pdfText(nurse.getBytes("api/v1/wards/CYBI/reports/critical-omissions" + period));
        assertTrue(omissions.contains("TEST, Bedside · " + o.hospitalNumber() + " Levetiracetam"), omissions);
        assertTrue(omissions.contains("Omitted Medicine not available Nia Evans (nurse.evans)"), omissions);

        String review = pdfText(pharmacist.getBytes("api/v1/wards/CYBI/reports/overrides-interventions" + period));
        assertTrue(review.contains("TEST, Bedside · " + o.hospitalNumber()), review);
        assertTrue(review.contains("Intervention (Dose): Supply found in the emergency cupboard; ward told"), review);
        assertTrue(review.contains("Verified by"), "where the order ended: " + review);

        ApiClient admin = as("admin", "training-it-desk-1");
        String turnaround = pdfText(admin.getBytes("api/v1/reports/verification-turnaround" + period + "&ward=CYBI"));
        assertTrue(turnaround.contains("Cybi Ward"), turnaround);
        assertTrue(!turnaround.contains(o.hospitalNumber()) && !turnaround.contains("Bedside"), "no patient named: " + turnaround);

        // the figures the Reports page plots
        Reply byDay = admin.get("api/v1/reports/verification-turnaround/by-day" + period + "&ward=CYBI");
        assertEquals(200, byDay.status(), byDay.body());
        assertTrue(byDay.json().containsKey("days"), byDay.body());
        JsonObject day = byDay.json().getJsonArray("days").getJsonObject(0);
        assertEquals(today, day.getString("day"));
        assertTrue(day.getInt("verified") >= 1 && day.getJsonNumber("medianHours") != null, day.toString());
        JsonObject cybi = pharmacist.get("api/v1/reports/critical-omissions/by-ward" + period).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(w -> w.getString("wardCode").equals("CYBI")).findFirst().orElseThrow();
        assertTrue(cybi.getInt("omitted") >= 1 && cybi.getInt("criticalDosesDue") >= 1, cybi.toString());
        assertFalse(cybi.toString().contains(o.hospitalNumber()), "counts only");
        assertEquals(400, pharmacist.get("api/v1/reports/critical-omissions/by-ward?from=" + today + "&to=2020-01-01").status());
        assertEquals(403, admin.get("api/v1/reports/critical-omissions/by-ward" + period).status(), "clinical governance");
    }

    @Test
    void anAlertOverriddenWhenSigningShowsInTheWardsOverridesReportWithWhoAndWhy() {
        WardDay.startBeforeMidnight(ZoneId.of("Europe/London"), Duration.ofMinutes(2));
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        PatientJson newPatient = PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("O")).named("Override", "Test")
                .bornOn(LocalDate.of(1958, 4, 4));
        Reply created = doctor.send("POST", "api/v1/patients", newPatient.toString());
        assertEquals(201, created.status(), created.body());
        long patient = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        doctor.send("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());
        assertEquals(200, nurse().send("POST", "api/v1/patients/" + patient + "/admission", "{\"ward\":\"CYBI\"}").status());
        Reply draft = doctor.send("POST", "api/v1/patients/" + patient + "/prescriptions",
                OrderJson.of("IBUPROFEN-TAB-400").dose("800", "mg").route("PO").frequency("TDS").toString());
        assertEquals(201, draft.status(), draft.body());
        assertTrue(draft.body().contains("\"SEVERE\""), "the dose needs an override: " + draft.body());
        long id = draft.json().getJsonNumber("id").longValue();
        Reply signed = doctor.send("POST", "api/v1/prescriptions/" + id + "/sign",
                SignatureJson.forDraft(draft.json()).acknowledgingWarningsOnly().overridingSevere("Rheumatology plan, reviewed").toString());
        assertEquals(200, signed.status(), signed.body());
        String today = LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();

        String review = pdfText(as("pharm.hughes", "training-pharmacist")
                .getBytes("api/v1/wards/CYBI/reports/overrides-interventions?from=" + today + "&to=" + today));
        assertTrue(review.contains("TEST, Override · " + newPatient.hospitalNumber()), review);
        assertTrue(review.contains("Rheumatology plan, reviewed"), "the override's reason: " + review);
        assertTrue(review.contains("dr.jones"), "who overrode it: " + review);
    }

    private static OrderJson oxycodonePrn() {
        return OrderJson.oxycodoneWhenNeeded(6);
    }

    /** The record with a witness: a copy, so that one record can be tried with several witnesses. */
    private static AdministrationJson witnessed(AdministrationJson body, String witness, String password) {
        return body.copy().witnessedBy(witness, password);
    }

    @Test
    void theWitnessPasswordIsNotCheckedWhenTheRecordFailsOtherwiseOrTheDoseNeedsNoWitness() {
        Ordered oxycodone = prescribe(oxycodonePrn(), true);
        Ordered paracetamol = prescribe(paracetamolQ6h(), true);
        String witness = newNurseAccount();
        ApiClient nurse = newNurse();
        AdministrationJson wrongPatient = give(oxycodone, null, OXYCODONE).prnReason("pain 7/10").wristband("TRN01006");
        AdministrationJson noPrnReason = give(oxycodone, null, OXYCODONE);
        for (int i = 0; i < 3; i++) {
            assertEquals("wrong-patient", stopOf(record(nurse, key(), witnessed(wrongPatient, witness, "guess " + i))));
            Reply noReason = record(nurse, key(), witnessed(noPrnReason, witness, "guess " + i));
            assertEquals("prnReason", noReason.json().getString("field"), noReason.body());
            Reply notNeeded = record(nurse, key(), witnessed(give(paracetamol, paracetamol.firstDose(), PARACETAMOL), witness, "guess " + i));
            assertEquals(400, notNeeded.status(), notNeeded.body());
            assertEquals("witness", notNeeded.json().getString("field"));
        }
        // nine refusals, none of which tried the password: the nurse has all five tries left, the witness is not locked
        assertEquals("witness-not-authenticated", stopOf(record(nurse, key(),
                witnessed(give(oxycodone, null, OXYCODONE).prnReason("pain 7/10"), witness, "guess 9"))));
        assertEquals(200, new ApiClient(deployment).logIn(witness, NEW_PASSWORD).status());
    }

    @Test
    void witnessPasswordFailuresNeverLockTheWitnessAndFiveStopTheNurseRecordingFor429() throws Exception {
        Ordered o = prescribe(oxycodonePrn(), true);
        String witness = newNurseAccount();
        ApiClient nurse = newNurse();
        AdministrationJson body = give(o, null, OXYCODONE).prnReason("pain 7/10");
        for (int i = 0; i < 5; i++) {
            assertEquals("witness-not-authenticated", stopOf(record(nurse, key(), witnessed(body, witness, "guess " + i))));
        }
        Reply limited = record(nurse, key(), witnessed(body, witness, NEW_PASSWORD));
        assertEquals(429, limited.status(), limited.body());
        assertTrue(limited.contentType().startsWith("application/problem+json"), limited.contentType());
        long retryAfter = Long.parseLong(limited.response().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 300, "Retry-After " + retryAfter);
        assertEquals(200, new ApiClient(deployment).logIn(witness, NEW_PASSWORD).status(),
                "five wrong witness passwords do not lock the witness's account");
        Reply byAnotherNurse = record(nurse(), key(), witnessed(body, witness, NEW_PASSWORD));
        assertEquals(201, byAnotherNurse.status(), "the limit is the recording nurse's: " + byAnotherNurse.body());
        assertEquals(5, ItAudit.count("WITNESS_NOT_CONFIRMED", "StaffUser", witness), "each refusal is audited");
    }

    @Test
    void aPharmacistRecordsNoDoseAsGiven() {
        Ordered o = prescribe(paracetamolQ6h(), true);
        ApiClient pharmacist = as("pharm.hughes", "training-pharmacist");
        Reply refused = record(pharmacist, key(), give(o, o.firstDose(), PARACETAMOL));
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.json().getString("type").endsWith("/problems/duty/given-by-pharmacist"), refused.body());
        assertTrue(nurse().get("api/v1/patients/" + o.patient() + "/mar").json().getJsonArray("administrations").isEmpty());
    }

    @Test
    void anotherNursesRecordIsStruckThroughOnlyByTheNurseInChargeWithAReason() {
        Ordered o = prescribe(paracetamolQ6h(), true);
        Reply given = record(nurse(), key(), give(o, o.firstDose(), PARACETAMOL));
        assertEquals(201, given.status(), given.body());
        String inError = "api/v1/administrations/" + given.json().getJsonNumber("id") + "/in-error";
        String reason = "{\"reason\":\"Recorded for the wrong patient\"}";
        for (ApiClient other : List.of(as("nurse.okafor", "training-nurse-2"), as("dr.jones", "training-doctor-1"))) {
            Reply refused = other.send("POST", inError, reason, Map.of("Idempotency-Key", key()));
            assertEquals(403, refused.status(), refused.body());
            assertTrue(refused.json().getString("type").endsWith("/problems/duty/others-record"), refused.body());
        }
        ApiClient inCharge = as("nurse.morgan", "training-nurse-4");
        Reply noReason = inCharge.send("POST", inError, "{}", Map.of("Idempotency-Key", key()));
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("reason", noReason.json().getString("field"));
        Reply struck = inCharge.send("POST", inError, reason, Map.of("Idempotency-Key", key()));
        assertEquals(201, struck.status(), struck.body());
        assertEquals("nurse.morgan", struck.json().getString("recordedBy"));
    }

    @Test
    void aDoseNotGivenNeedsItsReasonAndARecordInErrorIsStruckThroughNotDeleted() {
        Ordered o = prescribe(paracetamolQ6h(), true);
        ApiClient nurse = nurse();
        Reply noReason = record(nurse, key(), AdministrationJson.notGiven(o.patient(), o.prescription(), null).scheduledAt(o.firstDose()));
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("reason", noReason.json().getString("field"));
        Reply noNote = record(nurse, key(), AdministrationJson.notGiven(o.patient(), o.prescription(), "VOMITING").scheduledAt(o.firstDose()));
        assertEquals("note", noNote.json().getString("field"), noNote.body());
        Reply refused = record(nurse, key(), AdministrationJson.notGiven(o.patient(), o.prescription(), "REFUSED").scheduledAt(o.firstDose()));
        assertEquals(201, refused.status(), refused.body());
        long id = refused.json().getJsonNumber("id").longValue();

        Reply strike = nurse.send("POST", "api/v1/administrations/" + id + "/in-error", "{\"reason\":\"Recorded against the wrong dose\"}",
                Map.of("Idempotency-Key", key()));
        assertEquals(201, strike.status(), strike.body());
        assertEquals("IN_ERROR", strike.json().getString("outcome"));
        JsonObject chart = nurse.get("api/v1/patients/" + o.patient() + "/mar").json();
        assertEquals(2, chart.getJsonArray("administrations").size(), "the original stays, marked");
        JsonObject original = chart.getJsonArray("administrations").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals("Recorded against the wrong dose", original.getString("struckThroughReason"));
        assertEquals("DUE", chart.getJsonArray("orders").getJsonObject(0).getJsonArray("doses").getJsonObject(0).getString("state"));
        assertEquals(201, record(nurse, key(), give(o, o.firstDose(), PARACETAMOL)).status(), "the dose can now be recorded");
    }

    @Test
    void aMissingDoseRequestReachesPharmacyAndItsStateShowsOnTheChart() {
        Ordered o = prescribe(paracetamolQ6h(), true);
        ApiClient nurse = nurse();
        Reply asked = nurse.send("POST", "api/v1/patients/" + o.patient() + "/missing-dose-requests",
                "{\"prescriptionId\":" + o.prescription() + ",\"note\":\"None on the ward\"}", Map.of("Idempotency-Key", key()));
        assertEquals(201, asked.status(), asked.body());
        long id = asked.json().getJsonNumber("id").longValue();
        ApiClient pharmacist = as("pharm.hughes", "training-pharmacist");
        assertTrue(pharmacist.get("api/v1/missing-dose-requests").structure().asJsonArray().stream()
                .anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == id), "in pharmacy's queue");
        assertEquals(403, nurse.send("POST", "api/v1/missing-dose-requests/" + id + "/status", "{\"status\":\"SUPPLIED\"}").status());
        Reply supplied = pharmacist.send("POST", "api/v1/missing-dose-requests/" + id + "/status", "{\"status\":\"SUPPLIED\",\"note\":\"Sent with porter\"}");
        assertEquals(200, supplied.status(), supplied.body());
        JsonObject order = nurse.get("api/v1/patients/" + o.patient() + "/mar").json().getJsonArray("orders").getJsonObject(0);
        assertEquals("SUPPLIED", order.getJsonArray("missingDoseRequests").getJsonObject(0).getString("status"));
    }

    @Test
    void aRangeOrderIsGivenAsTheAmountTheNurseRecordsWithinItAndItsAsNeededTotalIsWhatWasGiven() {
        Ordered o = prescribe(OrderJson.of("PARACETAMOL-TAB-500").doseRange("500", "1000", "mg").asNeeded("pain", "4", 4), true);
        ApiClient nurse = nurse();
        Reply noAmount = record(nurse, key(), give(o, null, PARACETAMOL).prnReason("pain 5/10"));
        assertEquals(400, noAmount.status(), noAmount.body());
        assertEquals("dose", noAmount.json().getString("field"), "the bottom of the range is not taken as the amount given");
        Reply above = record(nurse, key(), give(o, null, PARACETAMOL).prnReason("pain 5/10").dose("1.5", "g"));
        assertEquals("dose-not-prescribed", stopOf(above));
        assertTrue(above.body().contains("1.5 g is outside the prescribed dose range, 0.5 to 1 g."), above.body());
        Reply given = record(nurse, key(), give(o, null, PARACETAMOL).prnReason("pain 5/10").dose("750", "mg"));
        assertEquals(201, given.status(), given.body());
        assertEquals("750 mg", given.json().getString("doseText"));
        JsonObject chart = nurse.get("api/v1/patients/" + o.patient() + "/mar").json();
        JsonObject order = chart.getJsonArray("orders").getJsonObject(0);
        assertEquals(1000, order.getJsonObject("order").getJsonNumber("doseUpTo").intValue(), order.toString());
        JsonObject prn = order.getJsonObject("prn");
        assertEquals(1, prn.getInt("givenInLast24Hours"));
        assertEquals(750, prn.getJsonNumber("amountGivenInLast24Hours").intValue(), prn.toString());
        assertEquals("mg", prn.getString("amountGivenUnit"));
    }

    @Test
    void theDrugRoundListsTheWardsPatientsWithTheirDosesAndAsNeededMedicines() {
        JsonObject round = nurse().get("api/v1/wards/DEWI/drug-round?hours=24").json();
        assertEquals("DEWI", round.getJsonObject("ward").getString("code"));
        JsonObject amir = round.getJsonArray("patients").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("hospitalNumber").equals("TRN01008")).findFirst().orElseThrow();
        assertTrue(amir.getJsonArray("prn").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getJsonObject("order").getString("productCode").equals("OXYCODONE-CAP-5")), amir.toString());
        assertFalse(amir.getJsonArray("doses").isEmpty(), "enoxaparin once a day falls within the next 24 hours");
        assertEquals(403, as("admin", "training-it-desk-1").get("api/v1/wards/DEWI/drug-round").status());
    }

    private static String gtinOf(String productCode) {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("epma.config.dir"), "formulary", "medicines.csv"))
                    .stream().filter(l -> l.startsWith(productCode + ",")).findFirst().orElseThrow().split(",")[15];
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anInsulinCorrectionDoseIsTheScalesAtTheLatestGlucoseAndEachReadingServesOneDose() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        NewPatient patient = newPatient();
        // the scale's figures are the test's own: the prescriber writes them, none is built in
        OrderJson order = OrderJson.of("INSULINASPART-PEN-100U-3ML").route("SC").asNeeded("blood glucose above target", "4", 4)
                .correctionScale("0=0;8=2;12=4");
        Reply draft = doctor.send("POST", "api/v1/patients/" + patient.id() + "/prescriptions", order.toString());
        assertEquals(201, draft.status(), draft.body());
        assertEquals("2", draft.json().getJsonNumber("dose").bigDecimalValue().stripTrailingZeros().toPlainString());
        assertEquals("4", draft.json().getJsonNumber("doseUpTo").bigDecimalValue().stripTrailingZeros().toPlainString());
        assertEquals("Correction scale (blood glucose mmol/L: units): 0-7.9: none; 8-11.9: 2; 12 and above: 4",
                draft.json().getString("correctionScaleText"));
        long id = draft.json().getJsonNumber("id").longValue();
        assertEquals(200, doctor.send("POST", "api/v1/prescriptions/" + id + "/sign",
                SignatureJson.forDraft(draft.json()).toString()).status());
        assertEquals(200, as("pharm.hughes", "training-pharmacist").send("POST", "api/v1/prescriptions/" + id + "/verify", null)
                .status());
        Ordered ordered = new Ordered(patient.id(), patient.hospitalNumber(), id, null);
        ApiClient nurse = newNurse();
        // the site's second check of insulin (config/second-checks.csv) holds for a correction dose as for any
        AdministrationJson dose = give(ordered, null, "(01)00200000000899").site("abdomen").witnessedBy(newNurseAccount(), NEW_PASSWORD);

        Reply noReading = record(nurse, key(), dose);
        assertEquals("glucose-needed", stopOf(noReading));
        assertEquals("insulin.correction.stop.needsGlucose", noReading.json().getString("code"), noReading.body());
        assertEquals(201, nurse.send("POST", "api/v1/glucose/patients/" + patient.id(), "{\"glucose\":13.1}").status());
        JsonObject chartOrder = nurse.get("api/v1/patients/" + patient.id() + "/mar").json().getJsonArray("orders")
                .getJsonObject(0).getJsonObject("order");
        assertEquals(4, chartOrder.getJsonObject("correctionNow").getJsonNumber("units").intValue(), chartOrder.toString());

        Reply given = record(nurse, key(), dose);
        assertEquals(201, given.status(), given.body());
        assertEquals(4, given.json().getJsonNumber("dose").intValue());
        assertTrue(given.json().getString("prnReason").startsWith("Correction scale at blood glucose 13.1 mmol/L measured "),
                given.body());
        Reply again = record(nurse, key(), dose);
        assertEquals("glucose-needed", stopOf(again));
        assertTrue(again.json().getString("detail").contains("measure it again"), again.body());
    }
}
