package org.epma.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeploymentWatchTest {

    @Test
    void namesTheApplicationsOwnCause_whenTheDeploymentFailsOnAPortInUse() {
        DeploymentWatch watch = new DeploymentWatch();
        watch.read("[2026-12-03T21:40:01.120+0000] [] [INFO] [] [PayaraMicro] Deploying mar-web.war");
        assertFalse(watch.failed());

        watch.read("[2026-12-03T21:40:09.551+0000] [] [SEVERE] [] [javax.enterprise.system.core] Exception while loading the app");
        watch.read("java.lang.IllegalStateException: ePMA cannot start: port 2576 (the HL7 listener for ADT and RDS^O13) is already"
                + " in use. Move it with EPMA_HL7_INBOUND_PORT=<port> or -Depma.hl7.inbound-port=<port>, or turn the listener off with 0.");

        assertTrue(watch.failed());
        assertEquals(Optional.of("port 2576 (the HL7 listener for ADT and RDS^O13) is already in use. Move it with"
                + " EPMA_HL7_INBOUND_PORT=<port> or -Depma.hl7.inbound-port=<port>, or turn the listener off with 0."), watch.reason());
    }

    @Test
    void givesPayarasLine_whenTheApplicationNamedNoCause() {
        DeploymentWatch watch = new DeploymentWatch();
        watch.read("[SEVERE] [] [fish.payara.micro.impl.PayaraMicroImpl] Failed to deploy archive mar-web.war ");

        assertTrue(watch.failed());
        assertEquals(Optional.of("[SEVERE] [] [fish.payara.micro.impl.PayaraMicroImpl] Failed to deploy archive mar-web.war"),
                watch.reason());
    }

    @Test
    void seesNoFailure_inANormalStart() {
        DeploymentWatch watch = new DeploymentWatch();
        watch.read("[INFO] [] [org.epma.web.database.ApplicationStartup] ePMA started in 5123 ms");
        watch.read("[INFO] [] [PayaraMicro] Payara Micro  6.2025.10 #badassmicrofish (build 0) ready in 31,004 (ms)");

        assertFalse(watch.failed());
        assertEquals(Optional.empty(), watch.reason());
    }

    @Test
    void knowsWhenPayaraSaidItWasReady_afterWhichTheHttpPortMustOpen() throws InterruptedException {
        DeploymentWatch watch = new DeploymentWatch();
        watch.read("[INFO] [] [org.epma.web.database.ApplicationStartup] ePMA started in 5123 ms");
        assertFalse(watch.payaraReadyFor(Duration.ZERO));

        watch.read("[2026-12-05T09:08:06.112+0000] [] [INFO] [] [PayaraMicro] Payara Micro 6.2025.10 (build 42) ready in 20,113 (ms)");
        assertTrue(watch.payaraReadyFor(Duration.ZERO));
        assertFalse(watch.payaraReadyFor(Duration.ofMinutes(1)));
        Thread.sleep(20);
        assertTrue(watch.payaraReadyFor(Duration.ofMillis(10)));
    }
}
