package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.AdministrationJson;
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
 * Prescribing through the REST API in Payara Micro, on the shipped formulary: search, checks without
 * saving, drafts, signing with acknowledgements and overrides, new versions, suspending and stopping, and
 * the 400s that name the field. Each test registers its own patient, so none depends on another.
 */
@ExtendWith(ArquillianExtension.class)
class PrescribingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("epma.it.war")));
    }

    @ArquillianResource
    URL deployment;

    private ApiClient doctor() {
        return as("dr.jones", "training-doctor-1");
    }

    private ApiClient as(String username, String password) {
        ApiClient client = new ApiClient(deployment);
        assertEquals(200, client.logIn(username, password).status());
        return client;
    }

    /** A new account of the test's own with these roles (its password is "first password 1"); its user name. */
    private String newUser(String prefix, String roles) {
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        Reply created = as("admin", "training-it-desk-1").send("POST", "api/v1/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Test " + prefix + "\",\"roles\":" + roles + ",\"password\":\"first password 1\"}");
        assertEquals(201, created.status(), created.body());
        return username;
    }

    private static void assertDutyRefused(Reply reply, String rule) {
        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.json().getString("type").endsWith("/problems/duty/" + rule), reply.body());
    }

    /** A new adult patient of the test's own: 70 kg, eGFR 90, no known drug allergies unless {@code nkda} is false. */
    private long newPatient(ApiClient client, boolean nkda) {
        Reply created = client.send("POST", "api/v1/patients", PatientJson.patient().sex("MALE").toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(201, client.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("WEIGHT", "70")).status());
        assertEquals(201, client.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("EGFR", "90")).status());
        if (nkda) {
            assertEquals(200, client.send("PUT", "api/v1/patients/" + id + "/allergy-status", PatientJson.noKnownAllergies()).status());
        }
        return id;
    }

    private static String order(String code, String dose, String unit, String route, String frequency) {
        return "{\"productCode\":\"" + code + "\",\"dose\":" + dose + ",\"doseUnit\":\"" + unit + "\",\"route\":\"" + route
                + "\",\"frequency\":\"" + frequency + "\"}";
    }

    private static List<String> categories(JsonArray alerts) {
        return alerts.getValuesAs(JsonObject.class).stream().map(a -> a.getString("category")).collect(Collectors.toList());
    }

    private static JsonArray alertsOf(Reply reply) {
        return reply.json().getJsonArray("alerts");
    }

    private long draft(ApiClient doctor, long patient, String order) {
        Reply draft = doctor.send("POST", "api/v1/patients/" + patient + "/prescriptions", order);
        assertEquals(201, draft.status(), draft.body());
        assertEquals("DRAFT", draft.json().getString("status"));
        return draft.json().getJsonNumber("id").longValue();
    }

    /** Signs acknowledging every warning and overriding every serious alert with a reason. */
    private Reply signAcknowledgingEverything(ApiClient doctor, long prescription) {
        return doctor.send("POST", "api/v1/prescriptions/" + prescription + "/sign", signature(doctor, prescription, null));
    }

    /** A signature acknowledging every warning and overriding every serious alert, with the password when one is given. */
    private static String signature(ApiClient doctor, long prescription, String password) {
        JsonObject prescribed = doctor.get("api/v1/prescriptions/" + prescription).json();
        return SignatureJson.forDraft(prescribed).acknowledgingWarningsOnly().overridingSevere("Discussed with the consultant")
                .password(password).toString();
    }

    @Test
    void aDischargePrescriptionIsWrittenFromTheCurrentOrdersExplainedSignedReturnedAndScreenedBySomeoneElse() {
        ApiClient doctor = doctor();
        long patient = newPatient(doctor, true);
        assertEquals(409, doctor.send("POST", "api/v1/patients/" + patient + "/discharge", null).status(), "not on a ward");
        assertEquals(200, doctor.send("POST", "api/v1/patients/" + patient + "/admission", "{\"ward\":\"TEIFI\"}").status());
        long omeprazole = draft(doctor, patient, OrderJson.omeprazoleDaily().toString());
        assertEquals(200, signAcknowledgingEverything(doctor, omeprazole).status());
        long paracetamol = draft(doctor, patient, order("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS"));
        assertEquals(200, signAcknowledgingEverything(doctor, paracetamol).status());

        Reply started = doctor.send("POST", "api/v1/patients/" + patient + "/discharge", null);
        assertEquals(201, started.status(), started.body());
        JsonObject discharge = started.json();
        long id = discharge.getJsonNumber("id").longValue();
        assertEquals("DRAFT", discharge.getString("status"));
        assertFalse(discharge.getBoolean("beforeListRecorded"), "no pre-admission list: the comparison says so");
        assertEquals(2, discharge.getJsonArray("items").size());
        assertTrue(discharge.getJsonArray("changes").getValuesAs(JsonObject.class).stream().allMatch(c -> c.getString("kind").equals("NEW")));
        assertEquals(2, discharge.getJsonArray("suppliesMissing").size());
        assertEquals(id, doctor.send("POST", "api/v1/patients/" + patient + "/discharge", null).json().getJsonNumber("id").longValue(),
                "one discharge prescription at a time");

        Reply incomplete = doctor.send("POST", "api/v1/discharges/" + id + "/sign", null);
        assertEquals(400, incomplete.status(), incomplete.body());
        assertEquals("refusal.discharge.incomplete", incomplete.json().getString("code"));
        JsonObject[] items = discharge.getJsonArray("items").getValuesAs(JsonObject.class).toArray(JsonObject[]::new);
        for (JsonObject item : items) {
            boolean isParacetamol = item.getString("productCode").startsWith("PARACETAMOL");
            Reply decided = doctor.send("PUT", "api/v1/discharges/" + id + "/items/" + item.getJsonNumber("id"), isParacetamol
                    ? "{\"goingHome\":true,\"reason\":\"Pain after the fracture\",\"supplyQuantity\":56,\"supplyDays\":7}"
                    : "{\"goingHome\":false}");
            assertEquals(200, decided.status(), decided.body());
        }
        Reply signed = doctor.send("POST", "api/v1/discharges/" + id + "/sign", null);
        assertEquals(200, signed.status(), signed.body());
        assertEquals("AWAITING_SCREENING", signed.json().getString("status"));
        assertEquals(1, signed.json().getJsonArray("changes").size(), "omeprazole stops in hospital: it is not sent home");
        assertEquals(409, doctor.send("PUT", "api/v1/discharges/" + id + "/items/" + items[0].getJsonNumber("id"), "{}").status());

        ApiClient pharmacist = as("pharm.hughes", "training-pharmacist");
        Reply returned = pharmacist.send("POST", "api/v1/discharges/" + id + "/return", "{\"reason\":\"Supply 7 days: 56 tablets is right\"}");
        assertEquals(200, returned.status(), returned.body());
        assertEquals("DRAFT", returned.json().getString("status"));
        assertEquals(200, doctor.send("POST", "api/v1/discharges/" + id + "/sign", null).status());
        Reply unscreened = doctor.get("api/v1/discharges/" + id + "/gp-summary.pdf");
        assertEquals(409, unscreened.status(), "nobody acts on a list pharmacy has not checked");
        assertEquals("refusal.discharge.notScreened", unscreened.json().getString("code"), unscreened.body());
        Reply screened = pharmacist.send("POST", "api/v1/discharges/" + id + "/screen", null);
        assertEquals(200, screened.status(), screened.body());
        assertEquals("pharm.hughes", screened.json().getString("screenedBy"));
        ApiClient nurse = as("nurse.evans", "training-nurse-1");
        assertEquals("SCREENED", nurse.get("api/v1/patients/" + patient + "/discharge").json().getString("status"));

        String gp = pdfText(nurse.getBytes("api/v1/discharges/" + id + "/gp-summary.pdf"));
        assertTrue(gp.contains("Discharge medicines summary for the GP"), gp);
        assertTrue(gp.contains("1 g oral four times a day New Pain after the fracture 56 tablets for 7 days"), gp);
        assertTrue(gp.contains("Not continued (given in hospital only)"), "omeprazole stopped in hospital: " + gp);
        assertTrue(gp.contains("screened by pharmacist"), gp);
        Reply noLanguage = nurse.get("api/v1/discharges/" + id + "/medicines-list.pdf");
        assertEquals(409, noLanguage.status(), noLanguage.body());
        assertEquals("refusal.discharge.languageNotRecorded", noLanguage.json().getString("code"), noLanguage.body());
        assertEquals(200, nurse.send("PUT", "api/v1/patients/" + patient + "/language", "{\"language\":\"cy\"}").status());
        String list = pdfText(nurse.getBytes("api/v1/discharges/" + id + "/medicines-list.pdf"));
        assertTrue(list.contains("Eich meddyginiaethau i fynd adref"), list);
        assertTrue(list.contains("Cymerwch 2 tabled pedair gwaith y dydd Meddyginiaeth newydd: Pain after the fracture 56 tabled am 7 diwrnod"), list);
        assertTrue(list.contains("Meddyginiaethau i’w stopio"), list);
        Reply log = as("auditor.rees", "training-auditor-1").get("api/v1/audit/patients/" + patient + "/access");
        List<String> reads = log.json().getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("actor").equals("nurse.evans")).map(e -> e.getString("entityType")).toList();
        assertTrue(reads.contains("DischargeGpSummary") && reads.contains("DischargeMedicinesList"),
                "printing either is an audited read of the patient: " + reads);
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theFormularyIsSearchedByTheFirstLettersWithCommonOrders() {
        JsonArray found = doctor().get("api/v1/formulary?q=para").structure().asJsonArray();
        JsonObject tablets = found.getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("PARACETAMOL-TAB-500")).findFirst().orElseThrow();
        assertTrue(tablets.getJsonArray("routes").getValuesAs(jakarta.json.JsonString::getString).contains("PO"));
        assertFalse(tablets.getJsonArray("sentences").isEmpty());
        assertEquals(0, doctor().get("api/v1/formulary?q=p").structure().asJsonArray().size());
    }

    @Test
    void paracetamolWithCoCodamolRaisesTheDailyDoseUntilTheDoseIsLowered() {
        ApiClient doctor = doctor();
        long patient = newPatient(doctor, true);
        long cocodamol = draft(doctor, patient, order("COCODAMOL-TAB-30-500", "1", "tablet", "PO", "QDS"));
        assertEquals(200, signAcknowledgingEverything(doctor, cocodamol).status());

        Reply tooMuch = doctor.send("POST", "api/v1/patients/" + patient + "/order-checks",
                order("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS"));
        assertEquals(200, tooMuch.status(), tooMuch.body());
        JsonObject daily = alertsOf(tooMuch).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("category").equals("DOSE_DAILY")).findFirst().orElseThrow(() -> new AssertionError(tooMuch.body()));
        assertEquals("HARD_STOP", daily.getString("severity"), "6 g is above the hard 4 g a day");
        assertTrue(daily.getString("message").contains("6 g"), daily.getString("message"));

        long first = draft(doctor, patient, order("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS"));
        Reply unsigned = doctor.send("POST", "api/v1/prescriptions/" + first + "/sign", "{\"acknowledgements\":[],\"overrides\":[]}");
        assertEquals(409, unsigned.status(), unsigned.body());
        assertTrue(unsigned.json().getString("type").endsWith("/hard-stop"), unsigned.body());
        assertEquals(200, doctor.send("POST", "api/v1/prescriptions/" + first + "/discard", "{}").status());

        long lower = draft(doctor, patient, order("PARACETAMOL-TAB-500", "500", "mg", "PO", "QDS"));
        JsonArray alerts = doctor.get("api/v1/prescriptions/" + lower).json().getJsonArray("alerts");
        assertFalse(categories(alerts).contains("DOSE_DAILY"), alerts.toString());
        Reply signed = signAcknowledgingEverything(doctor, lower);
        assertEquals(200, signed.status(), signed.body());
        assertEquals("PENDING_VERIFICATION", signed.json().getString("status"));
        assertFalse(signed.json().getString("formularyVersion").isBlank());
    }

    @Test
    void aChangeIsANewVersionAndTheOverrideReasonIsKept() {
        ApiClient doctor = doctor();
        long patient = newPatient(doctor, true);
        long v1 = draft(doctor, patient, order("IBUPROFEN-TAB-400", "400", "mg", "PO", "TDS"));
        assertEquals(200, signAcknowledgingEverything(doctor, v1).status());
        Reply amended = doctor.send("POST", "api/v1/prescriptions/" + v1 + "/amend", order("IBUPROFEN-TAB-400", "800", "mg", "PO", "TDS"));
        assertEquals(201, amended.status(), amended.body());
        long v2 = amended.json().getJsonNumber("id").longValue();
        assertEquals(2, amended.json().getInt("version"));
        assertEquals(200, signAcknowledgingEverything(doctor, v2).status());

        JsonArray versions = doctor.get("api/v1/prescriptions/" + v2 + "/versions").structure().asJsonArray();
        assertEquals(List.of("SUPERSEDED", "PENDING_VERIFICATION"), versions.getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("status")).toList());
        JsonObject override = versions.getJsonObject(1).getJsonArray("alerts").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("severity").equals("SEVERE")).findFirst().orElseThrow();
        assertEquals("Discussed with the consultant", override.getString("overrideReason"));
        assertEquals("dr.jones", override.getString("acknowledgedBy"));
    }

    @Test
    void anOrderIsSuspendedResumedAndStoppedWithItsReasons() {
        ApiClient doctor = doctor();
        long patient = newPatient(doctor, true);
        long id = draft(doctor, patient, order("OMEPRAZOLE-GRCAP-20", "20", "mg", "PO", "OD"));
        assertEquals(200, signAcknowledgingEverything(doctor, id).status());
        assertEquals("SUSPENDED", doctor.send("POST", "api/v1/prescriptions/" + id + "/suspend", "{\"reason\":\"nil by mouth\"}")
                .json().getString("status"));
        assertEquals("PENDING_VERIFICATION", doctor.send("POST", "api/v1/prescriptions/" + id + "/resume", "{}").json().getString("status"));
        Reply noReason = doctor.send("POST", "api/v1/prescriptions/" + id + "/discontinue", "{}");
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.json().getString("field"));
        Reply stopped = doctor.send("POST", "api/v1/prescriptions/" + id + "/discontinue", "{\"reason\":\"symptoms resolved\"}");
        assertEquals("DISCONTINUED", stopped.json().getString("status"));
        assertEquals(409, doctor.send("POST", "api/v1/prescriptions/" + id + "/suspend", "{\"reason\":\"x\"}").status());
    }

    @Test
    void badOrdersGet400NamingTheField() {
        ApiClient doctor = doctor();
        long patient = newPatient(doctor, true);
        String checks = "api/v1/patients/" + patient + "/order-checks";
        assertEquals("productCode", doctor.send("POST", checks, order("NO-SUCH-THING", "1", "g", "PO", "OD")).json().getString("field"));
        assertEquals("doseUnit", doctor.send("POST", checks, order("PARACETAMOL-TAB-500", "1", "mL", "PO", "OD")).json().getString("field"));
        assertEquals("dose", doctor.send("POST", checks, order("PARACETAMOL-TAB-500", "0", "mg", "PO", "OD")).json().getString("field"));
        assertEquals("dose", doctor.send("POST", checks, order("PARACETAMOL-TAB-500", "-5", "mg", "PO", "OD")).json().getString("field"));
        assertEquals(400, doctor.send("POST", checks, order("PARACETAMOL-TAB-500", "\"ten\"", "mg", "PO", "OD")).status());
        for (String upTo : new String[] {"500", "250", "-1000"}) {
            Reply range = doctor.send("POST", checks, "{\"productCode\":\"PARACETAMOL-TAB-500\",\"dose\":500,\"doseUpTo\":" + upTo
                    + ",\"doseUnit\":\"mg\",\"route\":\"PO\",\"frequency\":\"QDS\"}");
            assertEquals(400, range.status(), range.body());
            assertEquals("doseUpTo", range.json().getString("field"), "a range from 500 up to " + upTo + " mg");
        }
        assertEquals("frequency", doctor.send("POST", checks, order("PARACETAMOL-TAB-500", "1", "g", "PO", "SOMETIMES")).json().getString("field"));
        Reply prn = doctor.send("POST", checks, order("PARACETAMOL-TAB-500", "1", "g", "PO", "PRN"));
        assertEquals(400, prn.status());
        assertEquals("prnReason", prn.json().getString("field"));
        Reply ends = doctor.send("POST", checks, "{\"productCode\":\"PARACETAMOL-TAB-500\",\"dose\":1,\"doseUnit\":\"g\",\"route\":\"PO\","
                + "\"frequency\":\"QDS\",\"start\":\"2026-11-23T10:00:00Z\",\"end\":\"2026-11-22T10:00:00Z\"}");
        assertEquals("end", ends.json().getString("field"));
        assertEquals("indication", doctor.send("POST", checks, order("AMOXICILLIN-CAP-500", "500", "mg", "PO", "TDS"))
                .json().getString("field"));
        assertEquals("route", doctor.send("POST", "api/v1/patients/" + patient + "/prescriptions",
                order("PARACETAMOL-TAB-500", "1", "g", "IV", "QDS")).json().getString("field"));
        Reply tenGrams = doctor.send("POST", checks, order("PARACETAMOL-TAB-500", "10000", "mg", "PO", "OD"));
        assertTrue(alertsOf(tenGrams).getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("category").equals("DOSE_SINGLE") && a.getString("severity").equals("HARD_STOP")), tenGrams.body());
    }

    @Test
    void anOralMedicineByInjectionIsAHardStopWhenCheckedAndCannotBeSigned() {
        ApiClient doctor = doctor();
        long patient = newPatient(doctor, true);
        Reply iv = doctor.send("POST", "api/v1/patients/" + patient + "/order-checks", order("MORPHINE-SOL-10-5ML", "5", "mg", "IV", "STAT"));
        assertTrue(alertsOf(iv).getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("category").equals("ROUTE") && a.getString("severity").equals("HARD_STOP")), iv.body());
    }

    @Test
    void withoutAnAllergyStatusNothingCanBeSignedAndRecordingOneRechecksTheOrders() {
        ApiClient doctor = doctor();
        long patient = newPatient(doctor, false);
        long id = draft(doctor, patient, order("OMEPRAZOLE-GRCAP-20", "20", "mg", "PO", "OD"));
        Reply refused = doctor.send("POST", "api/v1/prescriptions/" + id + "/sign", "{\"acknowledgements\":[],\"overrides\":[]}");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("allergy status"), refused.body());
        Reply nkda = doctor.send("PUT", "api/v1/patients/" + patient + "/allergy-status", "{\"status\":\"NO_KNOWN_ALLERGIES\"}");
        assertEquals("NO_KNOWN_ALLERGIES", nkda.json().getJsonObject("patient").getString("allergyStatus"));
        assertEquals(200, signAcknowledgingEverything(doctor, id).status());

        long nsaid = draft(doctor, patient, OrderJson.of("IBUPROFEN-TAB-400").dose("400", "mg").frequency("TDS").toString());
        assertEquals(200, signAcknowledgingEverything(doctor, nsaid).status());
        Reply allergy = doctor.send("POST", "api/v1/patients/" + patient + "/allergies",
                "{\"substance\":\"Ibuprofen\",\"reaction\":\"Bronchospasm\",\"severity\":\"SEVERE\"}");
        assertEquals(201, allergy.status(), allergy.body());
        JsonArray recheck = allergy.json().getJsonArray("recheck");
        assertTrue(recheck.getValuesAs(JsonObject.class).stream().anyMatch(r -> categories(r.getJsonArray("alerts")).contains("ALLERGY")),
                allergy.body());
    }

    @Test
    void aNurseRecordsAWeightButCannotPrescribe() {
        ApiClient nurse = new ApiClient(deployment);
        nurse.logIn("nurse.evans", "training-nurse-1");
        long patient = newPatient(nurse, true);
        Reply prescribe = nurse.send("POST", "api/v1/patients/" + patient + "/prescriptions", order("OMEPRAZOLE-GRCAP-20", "20", "mg", "PO", "OD"));
        assertEquals(403, prescribe.status());
        Reply weight = nurse.send("POST", "api/v1/patients/" + patient + "/measurements", "{\"kind\":\"WEIGHT\",\"value\":68.2}");
        assertEquals(201, weight.status());
        assertEquals(0, weight.json().getJsonObject("patient").getJsonObject("weight").getJsonNumber("value").bigDecimalValue()
                .compareTo(new java.math.BigDecimal("68.2")));
        assertEquals(400, nurse.send("POST", "api/v1/patients/" + patient + "/measurements", "{\"kind\":\"WEIGHT\",\"value\":6800}").status());
        assertEquals(JsonValue.ValueType.ARRAY, weight.json().get("recheck").getValueType());
    }

    @Test
    void anotherPrescriberMaySignADraftAndBecomesThePrescriberOfRecordButMayNotDiscardOrChangeIt() {
        ApiClient patel = as("dr.patel", "training-doctor-2");
        ApiClient jones = doctor();
        long patient = newPatient(patel, true);
        long draft = draft(patel, patient, order("OMEPRAZOLE-GRCAP-20", "20", "mg", "PO", "OD"));
        assertDutyRefused(jones.send("POST", "api/v1/prescriptions/" + draft + "/discard", "{}"), "others-draft");
        assertDutyRefused(jones.send("POST", "api/v1/prescriptions/" + draft + "/amend", order("OMEPRAZOLE-GRCAP-20", "40", "mg", "PO", "OD")),
                "others-draft");
        Reply signed = signAcknowledgingEverything(jones, draft);
        assertEquals(200, signed.status(), signed.body());
        assertEquals("dr.jones", signed.json().getString("prescribedBy"), "the signer is the prescriber of record");
        assertEquals("Dr Rhian Jones", signed.json().getString("prescribedByName"));
        assertEquals("dr.patel", signed.json().getString("draftedBy"));

        long own = draft(patel, patient, order("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS"));
        assertEquals("DISCARDED", patel.send("POST", "api/v1/prescriptions/" + own + "/discard", "{}").json().getString("status"));
    }

    @Test
    void aPharmacistWhoPrescribesCannotVerifyAnOrderTheyDraftedOrSigned() {
        String prescribingPharmacist = newUser("pharm", "[\"PRESCRIBER\",\"PHARMACIST\"]");
        ApiClient them = as(prescribingPharmacist, "first password 1");
        long patient = newPatient(them, true);
        long signedByThem = draft(them, patient, order("OMEPRAZOLE-GRCAP-20", "20", "mg", "PO", "OD"));
        assertEquals(200, signAcknowledgingEverything(them, signedByThem).status());
        long draftedByThem = draft(them, patient, order("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS"));
        assertEquals(200, signAcknowledgingEverything(doctor(), draftedByThem).status());

        JsonArray queue = them.get("api/v1/verification-queue").structure().asJsonArray();
        for (long order : List.of(signedByThem, draftedByThem)) {
            JsonObject item = queue.getValuesAs(JsonObject.class).stream()
                    .filter(q -> q.getJsonObject("order").getJsonNumber("id").longValue() == order).findFirst().orElseThrow();
            assertFalse(item.getBoolean("verifiableByYou"), item.toString());
            assertDutyRefused(them.send("POST", "api/v1/prescriptions/" + order + "/verify", null), "own-order-verification");
        }
        ApiClient hughes = as("pharm.hughes", "training-pharmacist");
        assertTrue(hughes.get("api/v1/verification-queue").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getJsonObject("order").getJsonNumber("id").longValue() == signedByThem)
                .allMatch(q -> q.getBoolean("verifiableByYou")));
        assertEquals("VERIFIED", hughes.send("POST", "api/v1/prescriptions/" + signedByThem + "/verify", null).json().getString("status"));
    }

    private static final String OXYCODONE_PRN = OrderJson.oxycodoneWhenNeeded(6).toString();

    @Test
    void signingAControlledDrugNeedsThePrescribersPasswordAgainAndAWrongOneCountsAsAFailedLogin() {
        String prescriber = newUser("dr", "[\"PRESCRIBER\"]");
        ApiClient doctor = as(prescriber, "first password 1");
        long oxycodone = draft(doctor, newPatient(doctor, true), OXYCODONE_PRN);
        String path = "api/v1/prescriptions/" + oxycodone + "/sign";

        Reply missing = doctor.send("POST", path, signature(doctor, oxycodone, null));
        assertEquals(422, missing.status(), missing.body());
        assertTrue(missing.json().getString("type").endsWith("/password-required"), missing.body());
        assertEquals("password", missing.json().getString("field"));
        Reply wrong = doctor.send("POST", path, signature(doctor, oxycodone, "not my password"));
        assertEquals(422, wrong.status(), wrong.body());
        assertTrue(wrong.json().getString("type").endsWith("/password-not-accepted"), wrong.body());
        assertEquals("password", wrong.json().getString("field"));
        assertEquals("DRAFT", doctor.get("api/v1/prescriptions/" + oxycodone).json().getString("status"));
        Reply signed = doctor.send("POST", path, signature(doctor, oxycodone, "first password 1"));
        assertEquals(200, signed.status(), signed.body());
        assertEquals("PENDING_VERIFICATION", signed.json().getString("status"));

        long another = draft(doctor, newPatient(doctor, true), OXYCODONE_PRN);
        for (int i = 0; i < 5; i++) {
            Reply refused = doctor.send("POST", "api/v1/prescriptions/" + another + "/sign", signature(doctor, another, "wrong " + i));
            assertEquals(422, refused.status(), refused.body());
        }
        Reply locked = new ApiClient(deployment).logIn(prescriber, "first password 1");
        assertEquals(401, locked.status(), "five wrong passwords lock the account, as five failed logins do: " + locked.body());
    }

    @Test
    void anInfusionIsCheckedPrescribedWithBothRatesAndSignedAsAnyOrder() {
        ApiClient doctor = doctor();
        long patient = newPatient(doctor, true);
        String infusions = "api/v1/patients/" + patient + "/infusions";

        // potassium 40 mmol/L at 300 mL/hour is 12 mmol/hour: above the 10 mmol/hour of the SmPC
        Reply fast = doctor.send("POST", infusions + "/checks",
                "{\"kind\":\"FLUID\",\"productCode\":\"KCL-NACL-40MMOL-1000ML\",\"rateMlPerHour\":300}");
        assertEquals(200, fast.status(), fast.body());
        JsonObject rate = alertsOf(fast).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("key").contains("dose-rate:potassium chloride")).findFirst().orElseThrow(() -> new AssertionError(fast.body()));
        assertEquals("SEVERE", rate.getString("severity"));
        assertTrue(rate.getString("source").contains("B. Braun"), rate.getString("source"));
        assertEquals(0, new java.math.BigDecimal("7200").compareTo(fast.json().getJsonObject("rates").getJsonNumber("mlIn24Hours").bigDecimalValue()));
        assertTrue(alertsOf(fast).getValuesAs(JsonObject.class).stream().anyMatch(a -> a.getString("key").endsWith("daily-fluid")
                && a.getString("severity").equals("WARNING")), "7.2 L a day for 70 kg is above 30 mL/kg/day: " + fast.body());

        Reply twoRates = doctor.send("POST", infusions, "{\"kind\":\"FLUID\",\"productCode\":\"NACL-0P9-1000ML\","
                + "\"rateMlPerHour\":125,\"durationHours\":8}");
        assertEquals(400, twoRates.status(), twoRates.body());
        assertEquals("rateMlPerHour", twoRates.json().getString("field"));
        assertEquals("infusion.refusal.oneRate", twoRates.json().getString("code"), twoRates.body());

        // heparin 25,000 units in 50 mL (500 units/mL) at 1,000 units/hour: 2 mL/hour
        Reply drafted = doctor.send("POST", infusions, "{\"kind\":\"CONTINUOUS\",\"productCode\":\"HEPARIN-INJ-25000U-5ML\","
                + "\"drugAmount\":25000,\"drugUnit\":\"unit\",\"diluentCode\":\"NACL-0P9-100ML\",\"finalVolumeMl\":50,"
                + "\"doseRate\":1000,\"doseRateUnit\":\"units/hour\",\"titrationLowest\":500,\"titrationHighest\":2000,"
                + "\"titrationTarget\":\"an APTT ratio of 1.5 to 2.5\",\"indication\":\"Pulmonary embolism\"}");
        assertEquals(201, drafted.status(), drafted.body());
        JsonObject infusion = drafted.json();
        assertEquals("DRAFT", infusion.getJsonObject("order").getString("status"));
        assertEquals(0, new java.math.BigDecimal("2").compareTo(infusion.getJsonObject("rates").getJsonNumber("rateMlPerHour").bigDecimalValue()));
        assertEquals("1000 units/hour", infusion.getJsonObject("rates").getString("doseRateWords"));
        assertEquals("units/mL", infusion.getJsonObject("rates").getString("concentrationUnit"));
        assertTrue(infusion.getJsonObject("order").getString("instructions").contains("adjust 500 to 2000 units/hour"), drafted.body());
        List<String> keys = infusion.getJsonObject("order").getJsonArray("alerts").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("key")).toList();
        assertTrue(keys.stream().anyMatch(k -> k.contains("no-dose-rate:heparin sodium")), "no dose-rate row for heparin: " + keys);
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("DOSE_SINGLE:") && !k.contains(":infusion:")),
                "the bag's 25,000 units is not a single dose: " + keys);

        long id = infusion.getJsonObject("order").getJsonNumber("id").longValue();
        Reply signed = signAcknowledgingEverything(doctor, id);
        assertEquals(200, signed.status(), signed.body());
        assertEquals("PENDING_VERIFICATION", signed.json().getString("status"));
        JsonArray listed = doctor.get(infusions).structure().asJsonArray();
        assertEquals(1, listed.size(), listed.toString());
        assertEquals("CONTINUOUS", doctor.get(infusions + "/" + id).json().getString("kind"));
        assertEquals(404, doctor.get("api/v1/patients/" + newPatient(doctor, true) + "/infusions/" + id).status(),
                "another patient's order is not found under this patient");
    }
    private static final String HEPARIN_INFUSION = "{\"kind\":\"CONTINUOUS\",\"productCode\":\"HEPARIN-INJ-25000U-5ML\","
            + "\"drugAmount\":25000,\"drugUnit\":\"unit\",\"diluentCode\":\"NACL-0P9-100ML\",\"finalVolumeMl\":50,"
            + "\"doseRate\":1000,\"doseRateUnit\":\"units/hour\",\"titrationLowest\":500,\"titrationHighest\":2000,"
            + "\"titrationTarget\":\"an APTT ratio of 1.5 to 2.5\"}";
    private static final String HEPARIN_BARCODE = "(01)00200000000622(17)301231(10)HEP7";

    private static Map<String, String> newKey() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    private static String startBag(String wristband, String product) {
        return "{\"event\":\"STARTED\",\"wristband\":\"" + wristband + "\",\"product\":\"" + product + "\"}";
    }

    private static void assertProblem(Reply reply, int status, String typeEnd) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.json().getString("type").endsWith(typeEnd), reply.body());
    }

    /** The infusion as the ward's drug round lists it under its patient. */
    private static JsonObject infusionOnRound(ApiClient nurse, long patient, long prescription) {
        Reply round = nurse.get("api/v1/wards/TEIFI/drug-round");
        assertEquals(200, round.status(), round.body());
        return round.json().getJsonArray("patients").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("patientId").longValue() == patient).findFirst().orElseThrow()
                .getJsonArray("infusions").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("prescriptionId").longValue() == prescription).findFirst()
                .orElseThrow(() -> new AssertionError(round.body()));
    }

    @Test
    void anInfusionsBagIsScannedAsADose_itsRateMovesOnlyWithinItsRange_andNothingIsRecordedAfterItsStop() {
        ApiClient doctor = doctor();
        long patient = newPatient(doctor, true);
        String wristband = doctor.get("api/v1/patients/" + patient).json().getString("hospitalNumber");
        String otherWristband = doctor.get("api/v1/patients/" + newPatient(doctor, true)).json().getString("hospitalNumber");
        Reply drafted = doctor.send("POST", "api/v1/patients/" + patient + "/infusions", HEPARIN_INFUSION);
        assertEquals(201, drafted.status(), drafted.body());
        long id = drafted.json().getJsonObject("order").getJsonNumber("id").longValue();
        String events = "api/v1/patients/" + patient + "/infusions/" + id + "/events";
        ApiClient nurse = as("nurse.evans", "training-nurse-1");

        assertProblem(nurse.send("POST", events, startBag(wristband, HEPARIN_BARCODE), newKey()), 422, "/problems/stop/order-not-active");
        assertEquals(200, signAcknowledgingEverything(doctor, id).status());
        assertProblem(nurse.send("POST", events, startBag(otherWristband, HEPARIN_BARCODE), newKey()), 422, "/problems/stop/wrong-patient");
        assertProblem(nurse.send("POST", events, startBag(wristband, "(01)00200000000011"), newKey()), 422,
                "/problems/stop/product-not-ordered");
        Reply keyless = nurse.send("POST", events, startBag(wristband, HEPARIN_BARCODE));
        assertEquals(400, keyless.status(), keyless.body());
        assertEquals("Idempotency-Key", keyless.json().getString("field"));
        assertEquals(403, doctor.send("POST", events, startBag(wristband, HEPARIN_BARCODE), newKey()).status(), "a nurse records");
        assertEquals("NOT_STARTED", doctor.get(events).json().getString("state"));
        assertTrue(doctor.get(events).json().getBoolean("bagDue"), "signed and no bag started: a bag is due");
        assertEquals(200, doctor.send("POST", "api/v1/patients/" + patient + "/admission", "{\"ward\":\"TEIFI\"}").status());
        assertEquals("NOT_STARTED", infusionOnRound(nurse, patient, id).getString("state"));
        assertTrue(infusionOnRound(nurse, patient, id).getBoolean("bagDue"), "the drug round shows the bag due");
        JsonObject onTheRound = nurse.get("api/v1/wards/TEIFI/drug-round").json().getJsonArray("patients")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getJsonNumber("patientId").longValue() == patient).findFirst()
                .orElseThrow();
        assertTrue(onTheRound.getJsonArray("doses").isEmpty(), "an infusion that runs from bags has no dose to give: " + onTheRound);
        Reply asADose = nurse.send("POST", "api/v1/administrations", AdministrationJson.scannedAndGiven(patient, id, wristband,
                HEPARIN_BARCODE).toString(), newKey());
        assertProblem(asADose, 409, "/problems/conflict");
        assertEquals("infusion.refusal.givenFromBags", asADose.json().getString("code"), asADose.body());

        Map<String, String> key = newKey();
        Reply started = nurse.send("POST", events, startBag(wristband, HEPARIN_BARCODE), key);
        assertEquals(201, started.status(), started.body());
        assertEquals("RUNNING", started.json().getString("state"));
        assertEquals(0, new java.math.BigDecimal("2").compareTo(started.json().getJsonNumber("rateMlPerHour").bigDecimalValue()));
        assertEquals("1000 units/hour", started.json().getString("doseRateWords"));
        assertEquals("HEP7", started.json().getJsonArray("events").getJsonObject(0).getString("batch"));
        java.time.Instant runsOut = java.time.Instant.parse(started.json().getString("bagRunsOutAt"));
        assertTrue(runsOut.isAfter(java.time.Instant.now().plus(java.time.Duration.ofHours(24))), "50 mL at 2 mL/hour lasts 25 hours: " + runsOut);
        Reply retried = nurse.send("POST", events, startBag(wristband, HEPARIN_BARCODE), key);
        assertEquals(201, retried.status(), retried.body());
        assertEquals(1, retried.json().getJsonArray("events").size(), "a retried request records once");
        assertProblem(nurse.send("POST", events, startBag(wristband, HEPARIN_BARCODE), newKey()), 409, "/problems/conflict");
        JsonObject onRound = infusionOnRound(nurse, patient, id);
        assertEquals("RUNNING", onRound.getString("state"));
        assertFalse(onRound.getBoolean("bagDue"), "a bag lasting 25 hours is not due: " + onRound);
        assertEquals(0, new java.math.BigDecimal("2").compareTo(onRound.getJsonNumber("rateMlPerHour").bigDecimalValue()));

        Reply faster = nurse.send("POST", events, "{\"event\":\"RATE_CHANGED\",\"rateMlPerHour\":3,\"reason\":\"APTT ratio 1.2\"}", newKey());
        assertEquals(201, faster.status(), faster.body());
        assertEquals("1500 units/hour", faster.json().getString("doseRateWords"));
        Reply tooFast = nurse.send("POST", events, "{\"event\":\"RATE_CHANGED\",\"doseRate\":2500,\"reason\":\"APTT ratio 1.0\"}", newKey());
        assertProblem(tooFast, 422, "/problems/stop/rate-needs-prescription");
        assertEquals("infusion.run.refusal.outsideRange", tooFast.json().getString("code"), tooFast.body());
        assertTrue(tooFast.json().getString("detail").contains("new prescription"), tooFast.body());
        Reply noReason = nurse.send("POST", events, "{\"event\":\"RATE_CHANGED\",\"doseRate\":2000}", newKey());
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("reason", noReason.json().getString("field"));
        Reply tooMuch = nurse.send("POST", events, "{\"event\":\"VOLUME_RECORDED\",\"volumeInfusedMl\":51}", newKey());
        assertEquals(400, tooMuch.status(), tooMuch.body());
        assertEquals("volumeInfusedMl", tooMuch.json().getString("field"));
        Reply unknown = nurse.send("POST", events, "{\"event\":\"FLUSHED\"}", newKey());
        assertEquals(400, unknown.status(), unknown.body());
        Reply late = nurse.send("POST", events, "{\"event\":\"VOLUME_RECORDED\",\"volumeInfusedMl\":1,\"occurredAt\":\""
                + java.time.Instant.now().minus(java.time.Duration.ofHours(3)) + "\"}", newKey());
        assertEquals(400, late.status(), "before the bag was started: " + late.body());

        assertEquals(201, nurse.send("POST", events, "{\"event\":\"PAUSED\",\"reason\":\"line occluded\"}", newKey()).status());
        assertProblem(nurse.send("POST", events, "{\"event\":\"RATE_CHANGED\",\"rateMlPerHour\":2,\"reason\":\"r\"}", newKey()), 409,
                "/problems/conflict");
        Reply restarted = nurse.send("POST", events, "{\"event\":\"RESTARTED\"}", newKey());
        assertEquals(201, restarted.status(), restarted.body());
        assertEquals("1500 units/hour", restarted.json().getString("doseRateWords"), "restarted at the rate it had");
        Reply stopped = nurse.send("POST", events, "{\"event\":\"STOPPED\",\"volumeInfusedMl\":0.5,\"reason\":\"APTT above range\"}", newKey());
        assertEquals(201, stopped.status(), stopped.body());
        assertEquals("STOPPED", stopped.json().getString("state"));
        assertProblem(nurse.send("POST", events, "{\"event\":\"VOLUME_RECORDED\",\"volumeInfusedMl\":1}", newKey()), 409, "/problems/conflict");

        Reply read = as("pharm.hughes", "training-pharmacist").get(events);
        assertEquals(200, read.status(), read.body());
        List<String> timeline = read.json().getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("event")).toList();
        assertEquals(List.of("STARTED", "RATE_CHANGED", "PAUSED", "RESTARTED", "STOPPED"), timeline);
        assertEquals("APTT ratio 1.2", read.json().getJsonArray("events").getJsonObject(1).getString("reason"));
        assertEquals("nurse.evans", read.json().getJsonArray("events").getJsonObject(1).getString("recordedBy"));

        Reply intermittent = doctor.send("POST", "api/v1/patients/" + patient + "/infusions", "{\"kind\":\"INTERMITTENT\","
                + "\"productCode\":\"FLUCLOXACILLIN-INJ-1G\",\"drugAmount\":1,\"drugUnit\":\"g\",\"diluentCode\":\"NACL-0P9-100ML\","
                + "\"finalVolumeMl\":100,\"overMinutes\":30,\"frequency\":\"QDS\",\"indication\":\"Cellulitis\"}");
        assertEquals(201, intermittent.status(), intermittent.body());
        Reply asDoses = nurse.get("api/v1/patients/" + patient + "/infusions/"
                + intermittent.json().getJsonObject("order").getJsonNumber("id") + "/events");
        assertEquals(409, asDoses.status(), asDoses.body());
        assertEquals("infusion.run.refusal.intermittentAsDoses", asDoses.json().getString("code"));
    }
}
