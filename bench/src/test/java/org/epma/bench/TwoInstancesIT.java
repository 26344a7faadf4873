package org.epma.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two instances clustered through Payara's data grid on loopback, one database (on the server EPMA_TEST_DB_URL names),
 * with requests alternating between them as a load balancer without stickiness sends them.
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
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
}
