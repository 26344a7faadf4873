package org.epma.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.epma.prescribing.audit.AuditChainReport;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.PatientJson;
import org.epma.web.testdata.SignatureJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Two instances clustered through Payara's data grid on loopback, one database (on the server EPMA_TEST_DB_URL names),
 * with requests alternating between them as a load balancer without stickiness sends them.
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
// the history goes in last: its delivered order messages never went to this run's peer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static ClusteredApplication application;
    private static URI a;
    private static URI b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        // two boots one after the other, minutes each on a machine busy with builds
        application = ClusteredApplication.start(BootSettings.fromSystemProperties(0, Duration.ZERO, Duration.ofMinutes(10)), 2, System.out);
        a = application.urls().get(0);
        b = application.urls().get(1);
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aSessionStartedOnOneInstanceIsServedByTheOther_withItsCsrfToken() {
        ApiSession onA = ApiSession.logIn(a, "nurse.evans", "training-nurse-1");
        ApiSession onB = onA.on(b);

        ApiSession.Answer session = onB.get("api/v1/session");
        assertEquals(200, session.status(), session.body());
        assertEquals("nurse.evans", session.json().asJsonObject().getString("username"));
        String token = session.json().asJsonObject().getString("csrfToken");
        assertEquals(token, onA.get("api/v1/session").json().asJsonObject().getString("csrfToken"),
                "one session, one CSRF token, whichever instance answers");
        assertEquals(200, onB.get("api/v1/wards/DEWI/drug-round").status());
        ApiSession.Answer change = onB.send("PUT", "api/v1/session/language", "{\"language\":\"en\"}", Map.of());
        assertEquals(200, change.status(), "a change made on B with the token the login on A gave: " + change.body());
    }

    @Test
    void anAccountDisabledOnOneInstanceIsRefusedOnTheOther() {
        ApiSession nurseOnB = ApiSession.logIn(b, "nurse.williams", "training-nurse-3");
        assertEquals(200, nurseOnB.get("api/v1/wards").status());
        ApiSession adminOnA = ApiSession.logIn(a, "admin", "training-it-desk-1");
        try {
            adminOnA.must("POST", "api/v1/users/nurse.williams/disable", "{\"reason\":\"Two-instance test\"}");

            ApiSession.Answer refused = nurseOnB.get("api/v1/wards");
            assertEquals(401, refused.status());
            assertTrue(refused.body().contains("session-ended/account"), refused.body());
            ApiSession.Answer login = ApiSession.attempt(b, "nurse.williams", "training-nurse-3");
            assertEquals(401, login.status(), "a disabled account cannot log in on the other instance: " + login.body());
        } finally {
            adminOnA.on(b).must("POST", "api/v1/users/nurse.williams/enable", null);
        }
    }

    @Test
    void underAWardRoundOnBothInstancesEveryOrderMessageReachesThePharmacyOnce() throws Exception {
        WardRoundSimulation.Settings settings = new WardRoundSimulation.Settings(Duration.ofSeconds(40), 1, 2,
                Duration.ofMillis(500), Duration.ofMillis(1500), Duration.ofMillis(1000));

        WardRoundSimulation.Outcome outcome = new WardRoundSimulation(application, settings,
                Path.of(System.getProperty("epma.config.dir"))).run(System.out);
        WardRoundSimulation.print(outcome, 2, System.out);

        assertEquals(0, outcome.errors(), "no request failed");
        assertTrue(outcome.verified() > 0, "orders were verified during the run");
        assertEquals(0, outcome.outboxWaiting(), "every message left the outbox");
        assertEquals(Map.of(), outcome.duplicatesAtPeer(), "no order message arrived twice");
        long delivered = application.count("select count(*) from outbox_message where status = 'DELIVERED'");
        assertEquals(delivered, application.peer().received(), "the peer received each delivered message once, and no other");
        assertEquals(delivered, application.peer().distinctOrderEvents());
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void whenAnInstanceIsKilledTheOtherServesItsSessionsAndSendsTheOrdersVerifiedAfter() throws Exception {
        ApiSession nurseOnB = ApiSession.logIn(b, "nurse.okafor", "training-nurse-2");
        assertEquals(200, nurseOnB.get("api/v1/wards/DEWI/drug-round").status());
        ApiSession doctor = ApiSession.logIn(a, "dr.patel", "training-doctor-2");
        ApiSession pharmacist = ApiSession.logIn(a, "pharm.hughes", "training-pharmacist");
        long patient = doctor.must("POST", "api/v1/patients", PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("KO"))
                .named("Lladd", "Un").bornOn(LocalDate.of(1950, 5, 5)).sex("MALE").toString()).json().asJsonObject().getJsonNumber("id").longValue();
        doctor.must("POST", "api/v1/patients/" + patient + "/admission", PatientJson.admission("DEWI", null));
        doctor.must("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());
        doctor.must("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        long order = doctor.must("POST", "api/v1/patients/" + patient + "/prescriptions", OrderJson.of("OMEPRAZOLE-GRCAP-20").dose("20", "mg")
                .route("PO").frequency("OD").start(Instant.now()).toString()).json().asJsonObject().getJsonNumber("id").longValue();
        doctor.must("POST", "api/v1/prescriptions/" + order + "/sign",
                SignatureJson.forDraft(doctor.get("api/v1/prescriptions/" + order).json().asJsonObject()).overridingSevere("Test: reviewed").toString());
        long received = application.peer().received();

        application.killInstance(1);

        ApiSession.Answer round = nurseOnB.on(a).get("api/v1/wards/DEWI/drug-round");
        assertEquals(200, round.status(), "the session made on the killed instance is served by the one left: " + round.body());
        pharmacist.must("POST", "api/v1/prescriptions/" + order + "/verify", null);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (application.peer().received() == received && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(250);
        }
        assertEquals(received + 1, application.peer().received(), "the order verified after the kill went to the pharmacy, once");
        assertEquals(0, application.count(WardRoundSimulation.OUTBOX_WAITING));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aHospitalsPastWrittenForTheGrowthBenchmarkKeepsTheAuditChainWholeAndLeavesNobodyOnAWard() throws Exception {
        long before = application.count("select count(*) from admission where discharged_at is null");

        YearOfRecords.Written written = application.writeHistory(new YearOfRecords.Scale(6, 10, 2.0),
                BedsideBenchmark.gtins(Path.of(System.getProperty("epma.config.dir"))), System.out);
        written.print(System.out);

        assertEquals(30, written.stays(), "6 beds for 10 days at 2 days a stay");
        assertEquals(30 * 8, written.orders());
        assertEquals(written.administrations(), application.count("select count(*) from administration where idempotency_key like 'history-%'"));
        assertTrue(written.administrations() > 30 * 15, "every dose of every stay: " + written.administrations());
        assertEquals(before, application.count("select count(*) from admission where discharged_at is null"), "the past is discharged");
        AuditChainReport chain = application.verifyAuditChain();
        assertTrue(chain.intact() && chain.keyed(), "the history is linked into the site's keyed chain: " + chain);
        assertTrue(chain.entriesChecked() > written.auditEntries());
        // the instances go on writing to the chain after it
        ApiSession nurse = ApiSession.logIn(a, "nurse.evans", "training-nurse-1");
        assertEquals(200, nurse.get("api/v1/wards/DEWI/drug-round").status());
        assertTrue(application.verifyAuditChain().intact());
    }
}
