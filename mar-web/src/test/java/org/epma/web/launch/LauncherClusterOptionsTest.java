package org.epma.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LauncherClusterOptionsTest {

    @AfterEach
    void clear() {
        System.clearProperty("epma.cluster.members");
        System.clearProperty("epma.cluster.port");
        System.clearProperty("epma.cluster.name");
    }

    @Test
    void anInstanceWithNoMembersNamedRunsAloneUnclustered() {
        assertEquals(List.of("--nocluster"), Launcher.clusterOptions());
    }

    @Test
    void namedMembersAreJoinedOverTcpIpOnlyWithTheSitesNameAndThisInstancesPort() {
        System.setProperty("epma.cluster.members", "127.0.0.1:6900, 127.0.0.1:6901");
        System.setProperty("epma.cluster.port", "6901");
        System.setProperty("epma.cluster.name", "ysbyty-live");

        assertEquals(List.of("--clustername", "ysbyty-live", "--clustermode", "tcpip:127.0.0.1:6900,127.0.0.1:6901",
                "--startport", "6901", "--nohostaware"), Launcher.clusterOptions());
    }

    @Test
    void theDefaultsAreTheClusterNameEpmaAndPort6900() {
        System.setProperty("epma.cluster.members", "10.20.0.11:6900,10.20.0.12:6900");

        assertEquals(List.of("--clustername", "epma", "--clustermode", "tcpip:10.20.0.11:6900,10.20.0.12:6900",
                "--startport", "6900", "--nohostaware"), Launcher.clusterOptions());
    }
}
