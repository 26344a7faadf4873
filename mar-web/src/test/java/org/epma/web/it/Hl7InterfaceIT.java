package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * The pharmacy interface over real sockets: verified orders reach a HAPI-based dispensing peer as RDE^O11 whose
 * fields match the order; an AE parks the message where pharmacy sees it; a peer that is down gets the message
 * exactly once when it comes back; inbound ADT admits a patient and a malformed message changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class Hl7InterfaceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("epma.it.war")));
    }

    @ArquillianResource
    URL deployment;

    private final DispensaryPeer peer = DispensaryPeer.instance();

    private ApiClient as(String user, String password) {
        ApiClient client = new ApiClient(deployment);
        assertEquals(200, client.logIn(user, password).status());
        return client;
    }

    /** A new patient with a signed order for co-codamol 30/500, two tablets four times a day; its id. */
    private long signedOrder(String hospitalNumber) {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        return signedOrder(hospitalNumber, doctor, doctor);
    }

    /** The same order, drafted by one prescriber and signed by another (or the same). */
    private long signedOrder(String hospitalNumber, ApiClient doctor, ApiClient signer) {
        Reply created = doctor.send("POST", "api/v1/patients", PatientJson.patient().hospitalNumber(hospitalNumber).named("Gwen", "Hl7")
                .bornOn(LocalDate.of(1950, 6, 15)).toString());
        assertEquals(201, created.status(), created.body());
        long patient = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "64"));
        doctor.send("POST", "api/v1/patients/" + patient + "/allergies", PatientJson.allergy("Penicillin", "Rash", "MODERATE"));
        Reply draft = doctor.send("POST", "api/v1/patients/" + patient + "/prescriptions", OrderJson.of("COCODAMOL-TAB-30-500")
                .dose("2", "tablet").frequency("QDS").instructions("Take with water").toString());
        assertEquals(201, draft.status(), draft.body());
        long id = draft.json().getJsonNumber("id").longValue();
        Reply signed = signer.send("POST", "api/v1/prescriptions/" + id + "/sign",
                SignatureJson.forDraft(draft.json()).overridingSevere("Reviewed").toString());
        assertEquals(200, signed.status(), signed.body());
        return id;
    }

    @Test
    void theOrderingProviderSentToPharmacyIsTheSignerNotTheDrafter() {
        String number = number();
        long order = signedOrder(number, as("dr.patel", "training-doctor-2"), as("dr.jones", "training-doctor-1"));
        verify(order);
        assertTrue(DispensaryPeer.await(20, () -> receivedFor(number).size() == 1), "received: " + receivedFor(number).size());
        assertEquals("dr.jones^Jones^Rhian^^^Dr", field(receivedFor(number).get(0), "ORC", 12));
    }

    private static String number() {
        return "H" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
    }

    private Reply verify(long prescription) {
        Reply verified = as("pharm.hughes", "training-pharmacist").send("POST", "api/v1/prescriptions/" + prescription + "/verify", null);
        assertEquals(200, verified.status(), verified.body());
        return verified;
    }

    private List<String> receivedFor(String hospitalNumber) {
        return peer.received().stream().filter(m -> m.contains("|" + hospitalNumber + "^")).toList();
    }

    private static String field(String er7, String segment, int field) {
        for (String line : er7.split("\r")) {
            if (line.startsWith(segment + "|")) {
                String[] fields = line.split("\\|", -1);
                return fields.length > field ? fields[field] : "";
            }
        }
        return null;
    }

    @Test
    void aVerifiedOrderReachesTheDispensingPeerAsRdeO11MatchingTheOrderAndItsDispensingComesBack() throws Exception {
        String number = number();
        long order = signedOrder(number);
        assertTrue(receivedFor(number).isEmpty(), "this destination takes orders once verified");
        verify(order);
        assertTrue(DispensaryPeer.await(20, () -> receivedFor(number).size() == 1), "received: " + receivedFor(number).size());
        String rde = receivedFor(number).get(0);
        assertEquals("RDE^O11^RDE_O11", field(rde, "MSH", 8));
        assertEquals("NW", field(rde, "ORC", 1));
        assertTrue(field(rde, "ORC", 2).startsWith("order-" + order), field(rde, "ORC", 2));
        assertTrue(field(rde, "RXE", 2).startsWith("COCODAMOL-TAB-30-500^"), field(rde, "RXE", 2));
        assertEquals("2", field(rde, "RXE", 3));
        assertTrue(field(rde, "RXE", 14).startsWith("pharm.hughes"), field(rde, "RXE", 14));
        assertTrue(field(rde, "RXR", 1).startsWith("PO"), field(rde, "RXR", 1));
        assertTrue(field(rde, "MSH", 9).matches("[A-Z2-7]{8}[0-9]+"), "instance prefix + outbox id: " + field(rde, "MSH", 9));
        assertEquals("T", field(rde, "MSH", 10), "a training instance sends processing id T");
        assertTrue(field(rde, "AL1", 2).startsWith("DA^"), field(rde, "AL1", 2));
        assertTrue(field(rde, "AL1", 3).startsWith("PENICILLIN^penicillin^EPMA-ALLERGY-CLASS"), field(rde, "AL1", 3));
        assertTrue(field(rde, "AL1", 3).endsWith("^Penicillin"), "as recorded, in AL1-3.9: " + field(rde, "AL1", 3));
        assertEquals("dr.jones^Jones^Rhian^^^Dr", field(rde, "ORC", 12));
        assertTrue(rde.contains("\rRXC|"), "co-codamol's two ingredients as RXC");
        assertTrue(rde.contains("Take with water"), "instructions in NTE");
        JsonObject sent = deliveredMessage(order);
        assertEquals("DELIVERED", sent.getString("status"));

        String rds = "MSH|^~\\&|PHARMACY|HOSPITAL|EPMA|HOSPITAL|" + hl7Now() + "||RDS^O13^RDS_O13|RDS-" + number + "|P|2.5.1\r"
                + "PID|1||" + number + "^^^HOSPITAL^MR||Hl7^Gwen||19500615|F\r"
                + "ORC|RE|order-" + order + "^EPMA|F998\r"
                + "RXD|1|COCODAMOL-TAB-30-500^Co-codamol 30 mg/500 mg tablets^EPMA|" + hl7Now() + "|56|{tablet}^tablet^UCUM||RX-778"
                + "|||ph.hughes^Hughes^Elin\r";
        try (Socket socket = new Socket("127.0.0.1", ItDatabaseSession.INBOUND_PORT)) {
            String ack = exchange(socket, rds);
            assertTrue(ack.contains("MSA|AA|RDS-" + number), ack);
        }
        JsonObject row = as("nurse.evans", "training-nurse-1").get("api/v1/patients/" + sent.getJsonNumber("patientId") + "/mar")
                .json().getJsonArray("orders").getJsonObject(0);
        JsonObject dispense = row.getJsonArray("dispenses").getJsonObject(0);
        assertEquals(56, dispense.getJsonNumber("amount").intValue(), row.toString());
        assertEquals("RX-778", dispense.getString("prescriptionNumber"));

        Reply stopped = as("dr.jones", "training-doctor-1").send("POST", "api/v1/prescriptions/" + order + "/discontinue",
                "{\"reason\":\"Pain controlled\"}");
        assertEquals(200, stopped.status(), stopped.body());
        assertTrue(DispensaryPeer.await(20, () -> receivedFor(number).size() == 2));
        String dc = receivedFor(number).get(1);
        assertEquals("DC", field(dc, "ORC", 1));
        assertEquals("^Pain controlled", field(dc, "ORC", 16), "the prescriber's reason for stopping");
        assertTrue(field(dc, "ORC", 9).compareTo(field(rde, "ORC", 9)) >= 0, "ORC-9 is when it was stopped, not when it was verified: "
                + field(rde, "ORC", 9) + " then " + field(dc, "ORC", 9));
        assertNotEquals(field(rde, "MSH", 9), field(dc, "MSH", 9));
    }

    @Test
    void aScreenedDischargePrescriptionSendsTheSupplyOfEachMedicineGoingHomeAsANewOrderOfItsOwnAndItsDispensingComesBack()
            throws Exception {
        String number = number();
        long order = signedOrder(number);
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        long patient = doctor.get("api/v1/prescriptions/" + order).json().getJsonNumber("patientId").longValue();
        assertEquals(200, doctor.send("POST", "api/v1/patients/" + patient + "/admission", "{\"ward\":\"TEIFI\"}").status());
        verify(order);
        assertTrue(DispensaryPeer.await(20, () -> receivedFor(number).size() == 1), "the inpatient order: " + receivedFor(number).size());

        Reply started = doctor.send("POST", "api/v1/patients/" + patient + "/discharge", null);
        assertEquals(201, started.status(), started.body());
        long discharge = started.json().getJsonNumber("id").longValue();
        long item = started.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, doctor.send("PUT", "api/v1/discharges/" + discharge + "/items/" + item,
                "{\"goingHome\":true,\"reason\":\"Pain after the fracture\",\"supplyQuantity\":56,\"supplyDays\":7}").status());
        assertEquals(200, doctor.send("POST", "api/v1/discharges/" + discharge + "/sign", null).status());
        assertEquals(1, receivedFor(number).size(), "nothing is supplied before pharmacy screens it");
        assertEquals(200, as("pharm.hughes", "training-pharmacist").send("POST", "api/v1/discharges/" + discharge + "/screen", null)
                .status());

        assertTrue(DispensaryPeer.await(20, () -> receivedFor(number).size() == 2), "received: " + receivedFor(number).size());
        String supply = receivedFor(number).get(1);
        assertEquals("NW", field(supply, "ORC", 1));
        assertEquals("discharge-" + discharge + "-item-" + item + "^EPMA", field(supply, "ORC", 2),
                "its own placer number, not the inpatient order's");
        assertEquals("discharge-" + discharge + "^EPMA", field(supply, "ORC", 4));
        assertEquals("O^Outpatient Order^HL70482", field(supply, "ORC", 29));
        assertEquals("dr.jones^Jones^Rhian^^^Dr", field(supply, "ORC", 12), "who signed the discharge prescription");
        assertEquals("56", field(supply, "RXE", 10));
        assertEquals("{tablet}^tablet^UCUM", field(supply, "RXE", 11));
        assertTrue(field(supply, "RXE", 14).startsWith("pharm.hughes"), "who screened it: " + field(supply, "RXE", 14));
        assertTrue(field(supply, "RXE", 21).startsWith("TTO^"), field(supply, "RXE", 21));
        assertEquals("7^d&day&UCUM", field(supply, "TQ1", 6));
        JsonObject listed = as("pharm.hughes", "training-pharmacist").get("api/v1/interface-messages?limit=500").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(m -> !m.isNull("dischargeItemId")
                        && m.getJsonNumber("dischargeItemId").longValue() == item).findFirst().orElseThrow();
        assertEquals(order, listed.getJsonNumber("prescriptionId").longValue(), "named by the order it goes home as");

        // the dispensary reports the supply back by its own placer number: recorded on the discharge, not the MAR
        String placer = "discharge-" + discharge + "-item-" + item;
        String other = number();
        try (Socket socket = new Socket("127.0.0.1", ItDatabaseSession.INBOUND_PORT)) {
            assertTrue(exchange(socket, adt("A04", "P-" + other, "PID|1||" + other + "^^^HOSPITAL^MR||Ifans^Rhiannon||19790303|F"))
                    .contains("MSA|AA|"));
            String anothers = exchange(socket, supplyDispensed("S1-" + number, other, placer));
            assertTrue(anothers.contains("MSA|AE|S1-" + number) && anothers.contains("204^Unknown key identifier"), anothers);
            String notSent = exchange(socket, supplyDispensed("S2-" + number, number, "discharge-" + discharge + "-item-" + (item + 1000000)));
            assertTrue(notSent.contains("MSA|AE|S2-" + number) && notSent.contains("204^Unknown key identifier"), notSent);
            String ack = exchange(socket, supplyDispensed("S3-" + number, number, placer));
            assertTrue(ack.contains("MSA|AA|S3-" + number), ack);
        }
        JsonObject supplied = doctor.get("api/v1/discharges/" + discharge).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getJsonNumber("id").longValue() == item).findFirst().orElseThrow();
        assertEquals(1, supplied.getJsonArray("dispensed").size(), "only the message naming the patient's supply: " + supplied);
        assertEquals(56, supplied.getJsonArray("dispensed").getJsonObject(0).getJsonNumber("amount").intValue());
        assertEquals("RX-TTO-1", supplied.getJsonArray("dispensed").getJsonObject(0).getString("prescriptionNumber"));
        JsonObject marRow = as("nurse.evans", "training-nurse-1").get("api/v1/patients/" + patient + "/mar").json()
                .getJsonArray("orders").getJsonObject(0);
        assertTrue(marRow.getJsonArray("dispenses").isEmpty(), "the supply to take home is not the ward's supply: " + marRow);
    }

    private static String supplyDispensed(String controlId, String hospitalNumber, String placer) {
        return "MSH|^~\\&|PHARMACY|HOSPITAL|EPMA|HOSPITAL|" + hl7Now() + "||RDS^O13^RDS_O13|" + controlId + "|P|2.5.1\r"
                + "PID|1||" + hospitalNumber + "^^^HOSPITAL^MR||Hl7^Gwen||19500615|F\r"
                + "ORC|RE|" + placer + "^EPMA\r"
                + "RXD|1|COCODAMOL-TAB-30-500^Co-codamol 30 mg/500 mg tablets^EPMA|" + hl7Now() + "|56|{tablet}^tablet^UCUM||RX-TTO-1\r";
    }

    private JsonObject deliveredMessage(long order) {
        ApiClient pharmacist = as("pharm.hughes", "training-pharmacist");
        JsonObject[] found = new JsonObject[1];
        assertTrue(DispensaryPeer.await(10, () -> {
            found[0] = pharmacist.get("api/v1/interface-messages?status=DELIVERED&limit=500").structure().asJsonArray()
                    .getValuesAs(JsonObject.class).stream().filter(m -> m.getJsonNumber("prescriptionId").longValue() == order)
                    .findFirst().orElse(null);
            return found[0] != null;
        }));
        return found[0];
    }

    @Test
    void aContentErrorParksTheMessageWithThePeersReasonUntilItIsResent() {
        String number = number();
        long order = signedOrder(number);
        peer.refuseContentWith("Unknown product code at this pharmacy");
        try {
            verify(order);
            ApiClient pharmacist = as("pharm.hughes", "training-pharmacist");
            JsonObject[] parked = new JsonObject[1];
            assertTrue(DispensaryPeer.await(20, () -> {
                parked[0] = pharmacist.get("api/v1/interface-messages?status=PARKED").structure().asJsonArray()
                        .getValuesAs(JsonObject.class).stream().filter(m -> m.getJsonNumber("prescriptionId").longValue() == order)
                        .findFirst().orElse(null);
                return parked[0] != null;
            }), "parked and listed");
            assertTrue(parked[0].getString("lastError").contains("Unknown product code"), parked[0].toString());
            peer.refuseContentWith(null);
            Reply resent = pharmacist.send("POST", "api/v1/interface-messages/" + parked[0].getJsonNumber("id") + "/resend", null);
            assertEquals(200, resent.status(), resent.body());
            assertEquals("DELIVERED", deliveredMessage(order).getString("status"));
            List<String> controlIds = receivedFor(number).stream().map(m -> field(m, "MSH", 10)).distinct().toList();
            assertEquals(1, controlIds.size(), "the re-sent message keeps its control id");
        } finally {
            peer.refuseContentWith(null);
        }
    }

    @Test
    void aPeerThatIsDownGetsTheMessageExactlyOnceWhenItComesBack() throws Exception {
        String number = number();
        long order = signedOrder(number);
        peer.stop();
        try {
            verify(order);
            ApiClient pharmacist = as("pharm.hughes", "training-pharmacist");
            assertTrue(DispensaryPeer.await(20, () -> pharmacist.get("api/v1/interface-messages?status=PENDING").structure()
                    .asJsonArray().getValuesAs(JsonObject.class).stream()
                    .anyMatch(m -> m.getJsonNumber("prescriptionId").longValue() == order && m.getInt("attempts") >= 1)),
                    "a failed try is recorded and the message waits");
        } finally {
            peer.start();
        }
        assertTrue(DispensaryPeer.await(40, () -> receivedFor(number).size() == 1));
        Thread.sleep(2000);
        assertEquals(1, receivedFor(number).size(), "exactly once");
    }

    @Test
    void aPeerSlowForOnePatientGetsTheirOrdersOnceAndInOrderWhileOthersGoOn() throws Exception {
        String slow = number();
        long slowOrder = signedOrder(slow);
        List<String> others = new java.util.ArrayList<>();
        List<Long> otherOrders = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            others.add(number());
            otherOrders.add(signedOrder(others.get(i)));
        }
        // slower than the sender's patience (half the 3 s ACK timeout), within the ACK timeout: the message waits apart
        peer.slowFor(slow, 2500);
        try {
            verify(slowOrder);
            otherOrders.forEach(this::verify);
            assertTrue(DispensaryPeer.await(20, () -> others.stream().allMatch(n -> receivedFor(n).size() == 1)), "the others go on");
            JsonObject late = deliveredMessage(slowOrder);
            assertEquals(1, late.getInt("attempts"), "a late AA is one try, delivered: " + late);
            Reply stopped = as("dr.jones", "training-doctor-1").send("POST", "api/v1/prescriptions/" + slowOrder + "/discontinue",
                    "{\"reason\":\"Changed to liquid\"}");
            assertEquals(200, stopped.status(), stopped.body());
            assertTrue(DispensaryPeer.await(20, () -> receivedFor(slow).size() == 2));
        } finally {
            peer.slowFor(null, 0);
        }
        Thread.sleep(1000);
        List<String> toSlow = receivedFor(slow);
        assertEquals(2, toSlow.size(), "each once");
        assertEquals("NW", field(toSlow.get(0), "ORC", 1));
        assertEquals("DC", field(toSlow.get(1), "ORC", 1), "in order");
        others.forEach(n -> assertEquals(1, receivedFor(n).size(), n));
    }

    @Test
    void manyOrdersAtOnceAreEachDeliveredOnceBySendersRacingForThem() {
        List<String> numbers = new java.util.ArrayList<>();
        List<Long> orders = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String number = number();
            numbers.add(number);
            orders.add(signedOrder(number));
        }
        orders.forEach(this::verify);
        assertTrue(DispensaryPeer.await(30, () -> numbers.stream().allMatch(n -> receivedFor(n).size() >= 1)));
        numbers.forEach(n -> assertEquals(1, receivedFor(n).size(), n));
    }

    @Test
    void anAdmissionFromTheAdtFeedPutsThePatientOnTheWardAndAMalformedMessageChangesNothing() throws Exception {
        String number = number();
        try (Socket socket = new Socket("127.0.0.1", ItDatabaseSession.INBOUND_PORT)) {
            String reply = exchange(socket, "this is not an HL7 message");
            assertTrue(reply.contains("MSA|AR") || reply.contains("MSA|AE"), reply);
            String admit = "MSH|^~\\&|PAS|HOSPITAL|EPMA|HOSPITAL|" + hl7Now() + "||ADT^A01^ADT_A01|A01-" + number + "|P|2.5.1\r"
                    + "EVN|A01|" + hl7Now() + "\r"
                    + "PID|1||" + number + "^^^HOSPITAL^MR||Ifans^Rhiannon||19790303|F\r"
                    + "PV1|1|I|TEIFI^^7^HOSPITAL\r"
                    + "AL1|1|DA|^Latex|MO|Urticaria\r";
            String ack = exchange(socket, admit);
            assertTrue(ack.contains("MSA|AA|A01-" + number), ack);
            String again = exchange(socket, admit);
            assertTrue(again.contains("MSA|AA|A01-" + number), "a repeat is acknowledged: " + again);
        }
        JsonObject row = as("nurse.evans", "training-nurse-1").get("api/v1/wards/TEIFI/patients").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("hospitalNumber").equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("not on TEIFI"));
        assertEquals("7", row.getString("bed"));
        assertEquals(1, row.getJsonArray("allergies").size(), "the AL1 allergy, once despite the repeat");

        try (HapiContext context = new DefaultHapiContext(new CanonicalModelClassFactory("2.5.1"))) {
            context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
            Connection connection = context.newClient("127.0.0.1", ItDatabaseSession.INBOUND_PORT, false);
            Message discharge = context.getPipeParser().parse("MSH|^~\\&|PAS|HOSPITAL|EPMA|HOSPITAL|" + hl7Now()
                    + "||ADT^A03^ADT_A03|A03-" + number + "|P|2.5.1\rEVN|A03|" + hl7Now() + "\rPID|1||" + number
                    + "^^^HOSPITAL^MR||Ifans^Rhiannon||19790303|F\rPV1|1|I|TEIFI^^7^HOSPITAL\r");
            Message answer = connection.getInitiator().sendAndReceive(discharge);
            assertEquals("AA", new Terser(answer).get("/MSA-1"));
            connection.close();
        }
        assertTrue(as("nurse.evans", "training-nurse-1").get("api/v1/wards/TEIFI/patients").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().noneMatch(p -> p.getString("hospitalNumber").equals(number)), "discharged");
    }

    @Test
    void theAttendingDoctorTheAdtFeedNamesGoesToPharmacyInPv17UntilTheFeedClearsIt() throws Exception {
        String number = number();
        long order = signedOrder(number);
        String pid = "PID|1||" + number + "^^^HOSPITAL^MR||Hl7^Gwen||19500615|F";
        try (Socket socket = new Socket("127.0.0.1", ItDatabaseSession.INBOUND_PORT)) {
            String admitted = exchange(socket, adt("A01", "A01D-" + number, pid) + "PV1|1|I|TEIFI^^^HOSPITAL||||C123^Jones^Rhian^^^Dr\r");
            assertTrue(admitted.contains("MSA|AA|A01D-" + number), admitted);
            String updated = exchange(socket, adt("A08", "A08D-" + number, pid) + "PV1|1|I|TEIFI^^^HOSPITAL\r");
            assertTrue(updated.contains("MSA|AA|A08D-" + number), "an empty PV1-7 keeps the doctor: " + updated);
        }
        verify(order);
        assertTrue(DispensaryPeer.await(20, () -> receivedFor(number).size() == 1), "received: " + receivedFor(number).size());
        assertEquals("C123^Jones^Rhian^^^Dr", field(receivedFor(number).get(0), "PV1", 7));

        try (Socket socket = new Socket("127.0.0.1", ItDatabaseSession.INBOUND_PORT)) {
            String cleared = exchange(socket, adt("A08", "A08N-" + number, pid) + "PV1|1|I|TEIFI^^^HOSPITAL||||\"\"\r");
            assertTrue(cleared.contains("MSA|AA|A08N-" + number), cleared);
        }
        Reply stopped = as("dr.jones", "training-doctor-1").send("POST", "api/v1/prescriptions/" + order + "/discontinue",
                "{\"reason\":\"Pain controlled\"}");
        assertEquals(200, stopped.status(), stopped.body());
        assertTrue(DispensaryPeer.await(20, () -> receivedFor(number).size() == 2));
        assertEquals("", field(receivedFor(number).get(1), "PV1", 7), "the HL7 null removed the attending doctor");
    }

    @Test
    void anAdmissionToAWardThatDoesNotExistIsRefusedWithTheReason() throws Exception {
        String number = number();
        try (Socket socket = new Socket("127.0.0.1", ItDatabaseSession.INBOUND_PORT)) {
            String ack = exchange(socket, "MSH|^~\\&|PAS|HOSPITAL|EPMA|HOSPITAL|" + hl7Now() + "||ADT^A01^ADT_A01|X-" + number
                    + "|P|2.5.1\rEVN|A01|" + hl7Now() + "\rPID|1||" + number + "^^^HOSPITAL^MR||Ifans^Rhiannon||19790303|F\r"
                    + "PV1|1|I|NOWARD^^1^HOSPITAL\r");
            assertTrue(ack.contains("MSA|AE|X-" + number), ack);
            assertTrue(ack.contains("NOWARD"), "the reason names the ward: " + ack);
        }
        Reply search = as("nurse.evans", "training-nurse-1").get("api/v1/patients?hospitalNumber=" + number);
        assertEquals(200, search.status(), search.body());
        assertTrue(search.structure().asJsonArray().isEmpty(), "nothing was registered: " + search.body());
    }

    private JsonObject patientNumbered(String number) {
        Reply search = as("nurse.evans", "training-nurse-1").get("api/v1/patients?hospitalNumber=" + number);
        assertEquals(200, search.status(), search.body());
        return search.structure().asJsonArray().getValuesAs(JsonObject.class).stream().findFirst().orElse(null);
    }

    private static String adt(String trigger, String controlId, String pid) {
        return "MSH|^~\\&|PAS|HOSPITAL|EPMA|HOSPITAL|" + hl7Now() + "||ADT^" + trigger + "^ADT_A01|" + controlId + "|P|2.5.1\r"
                + "EVN|" + trigger + "|" + hl7Now() + "\r" + pid + "\r";
    }

    @Test
    void anUpdateWithEmptyBirthDateAndSexKeepsThemAndANewPatientWithoutABirthDateIsRefusedNamingPid7() throws Exception {
        String number = number();
        try (Socket socket = new Socket("127.0.0.1", ItDatabaseSession.INBOUND_PORT)) {
            String refused = exchange(socket, adt("A04", "N-" + number, "PID|1||" + number + "^^^HOSPITAL^MR||Ifans^Rhiannon|||F"));
            assertTrue(refused.contains("MSA|AE|N-" + number), refused);
            assertTrue(refused.contains("101^Required field missing") && refused.contains("PID-7"), refused);
            assertEquals(null, patientNumbered(number), "nothing registered");

            assertTrue(exchange(socket, adt("A04", "R-" + number, "PID|1||" + number + "^^^HOSPITAL^MR||Ifans^Rhiannon||19790303|F"))
                    .contains("MSA|AA|"));
            String update = exchange(socket, adt("A08", "U-" + number, "PID|1||" + number + "^^^HOSPITAL^MR||Ifans^Rhian||||"));
            assertTrue(update.contains("MSA|AA|U-" + number), "an empty field is no change, not a failure: " + update);
            JsonObject patient = patientNumbered(number);
            assertEquals("1979-03-03", patient.getString("dateOfBirth"));
            assertEquals("FEMALE", patient.getString("sex"), "an empty PID-8 does not make the sex unknown");
            assertEquals("Rhian", patient.getString("givenName"));

            String delete = exchange(socket, adt("A08", "D-" + number, "PID|1||" + number + "^^^HOSPITAL^MR||||\"\"|\"\""));
            assertTrue(delete.contains("MSA|AE|D-" + number) && delete.contains("PID-7"), "a date of birth cannot be removed: " + delete);
            String unknownSex = exchange(socket, adt("A08", "S-" + number, "PID|1||" + number + "^^^HOSPITAL^MR|||||\"\""));
            assertTrue(unknownSex.contains("MSA|AA|S-" + number), unknownSex);
            assertEquals("UNKNOWN", patientNumbered(number).getString("sex"), "\"\" is the explicit removal");
        }
    }

    @Test
    void theLanguageThePasGivesInPid15IsThePatientsUntilAWardChangesItAndABadCodeIsRefusedByTheApi() throws Exception {
        String number = number();
        try (Socket socket = new Socket("127.0.0.1", ItDatabaseSession.INBOUND_PORT)) {
            String registered = exchange(socket, adt("A04", "L-" + number,
                    "PID|1||" + number + "^^^HOSPITAL^MR||Ifans^Rhiannon||19790303|F|||||||cy^Welsh^ISO639"));
            assertTrue(registered.contains("MSA|AA|L-" + number), registered);
            assertEquals("cy", patientNumbered(number).getString("language"), "a new patient takes the language the PAS gives");
            String other = exchange(socket, adt("A08", "P-" + number,
                    "PID|1||" + number + "^^^HOSPITAL^MR||Ifans^Rhiannon||19790303|F|||||||pl^Polish"));
            assertTrue(other.contains("MSA|AA|P-" + number), other);
            assertEquals("cy", patientNumbered(number).getString("language"), "a language no paper is printed in changes nothing");
        }
        ApiClient nurse = as("nurse.evans", "training-nurse-1");
        long id = patientNumbered(number).getJsonNumber("id").longValue();
        Reply english = nurse.send("PUT", "api/v1/patients/" + id + "/language", "{\"language\":\"en\"}");
        assertEquals(200, english.status(), english.body());
        assertEquals("en", english.json().getJsonObject("patient").getString("language"));
        Reply refused = nurse.send("PUT", "api/v1/patients/" + id + "/language", "{\"language\":\"fr\"}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("en", patientNumbered(number).getString("language"), "a refused change keeps what was recorded");
    }

    @Test
    void aControlIdUsedAgainForADifferentMessageIsRefusedAndChangesNothing() throws Exception {
        String number = number();
        try (Socket socket = new Socket("127.0.0.1", ItDatabaseSession.INBOUND_PORT)) {
            String first = adt("A04", "C-" + number, "PID|1||" + number + "^^^HOSPITAL^MR||Ifans^Rhiannon||19790303|F");
            assertTrue(exchange(socket, first).contains("MSA|AA|C-" + number));
            assertTrue(exchange(socket, first).contains("MSA|AA|C-" + number), "the same message again is a repeat");
            String other = exchange(socket, adt("A08", "C-" + number, "PID|1||" + number + "^^^HOSPITAL^MR||Ifans^Rhian||19790303|F"));
            assertTrue(other.contains("MSA|AE|C-" + number) && other.contains("205^Duplicate key identifier"), other);
        }
        assertEquals("Rhiannon", patientNumbered(number).getString("givenName"), "the different message was not applied");
    }

    @Test
    void aDispenseNamingAnotherPatientsOrderIsRefusedAsAnUnknownKey() throws Exception {
        long order = signedOrder(number());
        String other = number();
        try (Socket socket = new Socket("127.0.0.1", ItDatabaseSession.INBOUND_PORT)) {
            assertTrue(exchange(socket, adt("A04", "O-" + other, "PID|1||" + other + "^^^HOSPITAL^MR||Ifans^Rhiannon||19790303|F"))
                    .contains("MSA|AA|"));
            String ack = exchange(socket, "MSH|^~\\&|PHARMACY|HOSPITAL|EPMA|HOSPITAL|" + hl7Now() + "||RDS^O13^RDS_O13|W-" + other
                    + "|P|2.5.1\rPID|1||" + other + "^^^HOSPITAL^MR||Ifans^Rhiannon||19790303|F\rORC|RE|order-" + order
                    + "^EPMA\rRXD|1|COCODAMOL-TAB-30-500^Co-codamol^EPMA|" + hl7Now() + "|56|{tablet}^tablet^UCUM\r");
            assertTrue(ack.contains("MSA|AE|W-" + other) && ack.contains("204^Unknown key identifier"), ack);
            assertTrue(ack.contains("order-" + order), "the reason names the order: " + ack);
        }
    }

    private static String hl7Now() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss'+0000'").withZone(java.time.ZoneOffset.UTC).format(Instant.now());
    }

    /** One MLLP exchange on a raw socket: the test writes the frame itself, as any peer might. */
    private static String exchange(Socket socket, String message) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(0x0b);
        out.write(message.getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {0x1c, 0x0d});
        out.flush();
        socket.setSoTimeout(15000);
        InputStream in = socket.getInputStream();
        StringBuilder reply = new StringBuilder();
        int b = in.read();
        while (b != 0x0b) {
            b = in.read();
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        while ((b = in.read()) != 0x1c) {
            bytes.write(b);
        }
        in.read();
        reply.append(bytes.toString(StandardCharsets.UTF_8));
        return reply.toString();
    }
}
