package org.epma.web.it;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.epma.prescribing.staff.Role;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.AdministrationJson;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.PatientJson;
import org.epma.web.testdata.SignatureJson;

/**
 * The records the fuzz aims at, each made through the API as the training users would make it and handed over as
 * named values (a path parameter's name, or a placeholder of a valid body): a patient, a draft and its signature, a
 * signed or suspended order, a dose due now, a dose recorded, a request to pharmacy, a user. Each order gets a new
 * patient, so that no order's checks see the others.
 */
final class FuzzRecords {

    static final String WARD = "CYBI";
    private static final String PARACETAMOL = "(01)00200000000011(17)"
            + LocalDate.now().plusYears(1).toString().substring(2).replace("-", "") + "(10)BATCH7";
    /** The password of every account the fuzz makes. */
    static final String PASSWORD = "harbour lantern kettle 47";

    private final Map<Role, ApiClient> staff;
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    private final AtomicLong serial = new AtomicLong();

    FuzzRecords(Map<Role, ApiClient> staff) {
        this.staff = staff;
    }

    /** A hospital number no one has used: the fuzz's letter, this run's and a serial number. */
    String hospitalNumber() {
        return "F" + run + serial.incrementAndGet();
    }

    String username() {
        return "fuzz." + run.toLowerCase() + serial.incrementAndGet();
    }

    Map<String, String> none() {
        return Map.of();
    }

    /** A new adult patient of 70 kg, eGFR 90, no known drug allergies. */
    Map<String, String> patient() {
        ApiClient doctor = staff.get(Role.PRESCRIBER);
        String number = hospitalNumber();
        Reply created = expect(201, doctor.send("POST", "api/v1/patients",
                PatientJson.patient().hospitalNumber(number).named("Fuzz", "Target").toString()));
        String id = created.json().getJsonNumber("id").toString();
        expect(201, doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("WEIGHT", "70")));
        expect(201, doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("EGFR", "90")));
        expect(200, doctor.send("PUT", "api/v1/patients/" + id + "/allergy-status", PatientJson.noKnownAllergies()));
        return Map.of("id", id, "patientId", id, "hospitalNumber", number);
    }

    /** A new patient on the fuzz's ward, in no particular bed. */
    Map<String, String> admitted() {
        Map<String, String> patient = patient();
        expect(200, staff.get(Role.NURSE).send("POST", "api/v1/patients/" + patient.get("id") + "/admission",
                PatientJson.admission(WARD, null)));
        return patient;
    }

    /** A draft of omeprazole 20 mg once a day, and the signature that acknowledges and overrides its alerts. */
    Map<String, String> draft() {
        return draft(OrderJson.omeprazoleDaily());
    }

    Map<String, String> signed() {
        Map<String, String> draft = draft();
        expect(200, staff.get(Role.PRESCRIBER).send("POST", "api/v1/prescriptions/" + draft.get("id") + "/sign", draft.get("signature")));
        return draft;
    }

    Map<String, String> suspended() {
        Map<String, String> signed = signed();
        expect(200, staff.get(Role.PRESCRIBER).send("POST", "api/v1/prescriptions/" + signed.get("id") + "/suspend",
                "{\"reason\":\"nil by mouth\"}"));
        return signed;
    }

    /** An order for paracetamol 1 g every 6 hours starting now, signed and verified: its first dose is due now. */
    Map<String, String> doseDue() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> order = new HashMap<>(draft(OrderJson.paracetamolEvery6Hours().start(start)));
        signAndVerify(order.get("id"), order.get("signature"));
        order.put("prescriptionId", order.remove("id"));
        order.put("scheduledAt", start.toString());
        order.put("product", PARACETAMOL);
        return order;
    }

    /** A dose due now recorded as not given (refused): an administration that can be struck through. */
    Map<String, String> doseNotGiven() {
        Map<String, String> due = doseDue();
        Reply recorded = expect(201, staff.get(Role.NURSE).send("POST", "api/v1/administrations", AdministrationJson.notGiven(
                Long.parseLong(due.get("patientId")), Long.parseLong(due.get("prescriptionId")), "REFUSED")
                .scheduledAt(Instant.parse(due.get("scheduledAt"))).toString(), idempotencyKey()));
        return Map.of("id", recorded.json().getJsonNumber("id").toString());
    }

    /** An as-needed dose of paracetamol given by scanning: an administration whose effect can be recorded. */
    Map<String, String> asNeededDoseGiven() {
        Map<String, String> order = draft(OrderJson.of("PARACETAMOL-TAB-500").dose("1", "g").asNeeded("pain", "4", 4));
        signAndVerify(order.get("id"), order.get("signature"));
        Reply given = expect(201, staff.get(Role.NURSE).send("POST", "api/v1/administrations", AdministrationJson.scannedAndGiven(
                Long.parseLong(order.get("patientId")), Long.parseLong(order.get("id")), order.get("hospitalNumber"), PARACETAMOL)
                .prnReason("pain 7/10").toString(), idempotencyKey()));
        return Map.of("id", given.json().getJsonNumber("id").toString());
    }

    /** A ward's request to pharmacy for a dose due now. */
    Map<String, String> missingDose() {
        Map<String, String> due = doseDue();
        Reply asked = expect(201, staff.get(Role.NURSE).send("POST", "api/v1/patients/" + due.get("patientId") + "/missing-dose-requests",
                "{\"prescriptionId\":" + due.get("prescriptionId") + ",\"note\":\"None on the ward\"}", idempotencyKey()));
        return Map.of("id", asked.json().getJsonNumber("id").toString());
    }

    /** A new adult patient, and the training direction the fuzz's nurse is authorised for (config/pgd-authorisations.csv). */
    Map<String, String> directionPatient() {
        Map<String, String> patient = new HashMap<>(patient());
        patient.put("direction", "PGD-PARACETAMOL-PO");
        return patient;
    }

    /** A new adult patient, and the training homely remedy the fuzz's nurse is named for (config/homely-remedy-authorisations.csv). */
    Map<String, String> remedyPatient() {
        Map<String, String> patient = new HashMap<>(patient());
        patient.put("remedy", "HR-PARACETAMOL-PO");
        return patient;
    }

    /** A dose the nurse started under the training direction: an order a prescriber can review. */
    Map<String, String> directionDose() {
        Map<String, String> patient = directionPatient();
        Reply started = expect(201, staff.get(Role.NURSE).send("POST", "api/v1/patient-group-directions/" + patient.get("direction")
                + "/doses", "{\"patientId\":" + patient.get("patientId") + ",\"criteriaConfirmed\":true}", idempotencyKey()));
        return Map.of("prescriptionId", started.json().getJsonObject("order").getJsonNumber("id").toString());
    }

    /** A discharge prescription being written for a patient on the fuzz's ward with one signed order, and that order's item. */
    Map<String, String> dischargeDraft() {
        Map<String, String> order = signed();
        expect(200, staff.get(Role.NURSE).send("POST", "api/v1/patients/" + order.get("patientId") + "/admission",
                PatientJson.admission(WARD, null)));
        Reply started = expect(201, staff.get(Role.PRESCRIBER).send("POST", "api/v1/patients/" + order.get("patientId") + "/discharge", null));
        return Map.of("id", started.json().getJsonNumber("id").toString(),
                "itemId", started.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").toString());
    }

    /** A discharge prescription whose one medicine has its reason and supply: ready to sign. */
    Map<String, String> dischargeReady() {
        Map<String, String> draft = dischargeDraft();
        expect(200, staff.get(Role.PRESCRIBER).send("PUT", "api/v1/discharges/" + draft.get("id") + "/items/" + draft.get("itemId"),
                "{\"goingHome\":true,\"reason\":\"Reflux\",\"supplyQuantity\":28,\"supplyDays\":28}"));
        return draft;
    }

    /** A discharge prescription signed, waiting for pharmacy to screen it. */
    Map<String, String> dischargeSigned() {
        Map<String, String> ready = dischargeReady();
        expect(200, staff.get(Role.PRESCRIBER).send("POST", "api/v1/discharges/" + ready.get("id") + "/sign", null));
        return ready;
    }

    /** Oxygen to the standard BTS target by nasal cannulae, 1–4 L/min, for a new patient: an order to check and stop. */
    Map<String, String> oxygenOrder() {
        Map<String, String> patient = patient();
        Reply ordered = expect(201, staff.get(Role.PRESCRIBER).send("POST", "api/v1/oxygen/orders", "{\"patientId\":"
                + patient.get("patientId") + ",\"targetKind\":\"STANDARD\",\"device\":\"NASAL_CANNULAE\",\"flowLowest\":1,\"flowHighest\":4}"));
        return Map.of("id", ordered.json().getJsonNumber("id").toString(), "patientId", patient.get("patientId"));
    }

    /**
     * Heparin 25,000 units in 50 mL at 1000 units/hour (500 to 2000), signed and verified for a new patient: a continuous
     * infusion whose first bag may be started.
     */
    Map<String, String> infusionSigned() {
        Map<String, String> patient = patient();
        Reply drafted = expect(201, staff.get(Role.PRESCRIBER).send("POST", "api/v1/patients/" + patient.get("id") + "/infusions",
                "{\"kind\":\"CONTINUOUS\",\"productCode\":\"HEPARIN-INJ-25000U-5ML\",\"drugAmount\":25000,\"drugUnit\":\"unit\","
                + "\"diluentCode\":\"NACL-0P9-100ML\",\"finalVolumeMl\":50,\"doseRate\":1000,\"doseRateUnit\":\"units/hour\","
                + "\"titrationLowest\":500,\"titrationHighest\":2000,\"titrationTarget\":\"APTT ratio 1.5 to 2.5\"}"));
        JsonObject order = drafted.json().getJsonObject("order");
        String id = order.getJsonNumber("id").toString();
        signAndVerify(id, signature(order));
        return Map.of("id", patient.get("id"), "patientId", patient.get("id"), "prescriptionId", id,
                "hospitalNumber", patient.get("hospitalNumber"));
    }

    /** The heparin infusion of {@link #infusionSigned()} with its first bag started by a nurse: an event to strike through. */
    Map<String, String> infusionStarted() {
        Map<String, String> signed = infusionSigned();
        Reply started = expect(201, staff.get(Role.NURSE).send("POST", "api/v1/patients/" + signed.get("id") + "/infusions/"
                + signed.get("prescriptionId") + "/events", "{\"event\":\"STARTED\",\"wristband\":\"" + signed.get("hospitalNumber")
                + "\",\"product\":\"(01)00200000000622\"}", idempotencyKey()));
        JsonObject event = started.json().getJsonArray("events").getJsonObject(0);
        return Map.of("id", signed.get("id"), "prescriptionId", signed.get("prescriptionId"),
                "eventId", event.getJsonNumber("id").toString());
    }

    /** A patient on the fuzz's ward with one medicine taken before admission, not yet decided. */
    Map<String, String> homeMedicine() {
        Map<String, String> patient = new HashMap<>(admitted());
        Reply recorded = expect(201, staff.get(Role.NURSE).send("POST", "api/v1/patients/" + patient.get("patientId")
                + "/medicines-reconciliation/medicines", "{\"medicineName\":\"Senna 7.5 mg tablets\",\"dose\":2,\"doseUnit\":\"tablet\","
                + "\"route\":\"PO\",\"frequency\":\"ON\",\"source\":\"PATIENT\"}", idempotencyKey()));
        patient.put("medicineId", recorded.json().getJsonNumber("id").toString());
        patient.put("today", LocalDate.now(java.time.ZoneId.of("Europe/London")).toString());
        return patient;
    }

    /** A patient whose one medicine taken before admission is decided (stopped): a reconciliation ready to complete. */
    Map<String, String> homeMedicineStopped() {
        Map<String, String> medicine = homeMedicine();
        expect(200, staff.get(Role.PRESCRIBER).send("POST", "api/v1/patients/" + medicine.get("patientId")
                + "/medicines-reconciliation/medicines/" + medicine.get("medicineId") + "/decision",
                "{\"decision\":\"STOP\",\"reason\":\"Not taken for a year\"}"));
        return medicine;
    }

    /** A new nurse's account, for the fuzz to log in as, reset and disable. */
    Map<String, String> user() {
        return user(Role.NURSE);
    }

    Map<String, String> user(Role role) {
        String username = username();
        expect(201, staff.get(Role.ADMIN).send("POST", "api/v1/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Fuzz Account\",\"roles\":[\"" + role + "\"],\"password\":\"" + PASSWORD + "\"}"));
        return Map.of("username", username, "password", PASSWORD);
    }

    /** A message in the pharmacy interface's outbox, when there is one. */
    Map<String, String> interfaceMessage() {
        var messages = expect(200, staff.get(Role.PHARMACIST).get("api/v1/interface-messages?limit=1")).structure().asJsonArray();
        return Map.of("id", messages.isEmpty() ? "1" : messages.getJsonObject(0).getJsonNumber("id").toString());
    }

    static Map<String, String> idempotencyKey() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    private Map<String, String> draft(OrderJson order) {
        Map<String, String> patient = patient();
        Reply draft = expect(201, staff.get(Role.PRESCRIBER).send("POST", "api/v1/patients/" + patient.get("id") + "/prescriptions", order.toString()));
        Map<String, String> values = new HashMap<>(patient);
        values.put("id", draft.json().getJsonNumber("id").toString());
        values.put("signature", signature(draft.json()));
        return values;
    }

    private void signAndVerify(String id, String signature) {
        expect(200, staff.get(Role.PRESCRIBER).send("POST", "api/v1/prescriptions/" + id + "/sign", signature));
        expect(200, staff.get(Role.PHARMACIST).send("POST", "api/v1/prescriptions/" + id + "/verify", null));
    }

    /** Acknowledges every warning and gives a reason for every serious alert. */
    private static String signature(JsonObject draft) {
        return SignatureJson.forDraft(draft).acknowledgingWarningsOnly().overridingSevere("Discussed").toString();
    }

    private static Reply expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("making a record for the fuzz: " + reply.status() + " " + reply.body());
        }
        return reply;
    }
}
