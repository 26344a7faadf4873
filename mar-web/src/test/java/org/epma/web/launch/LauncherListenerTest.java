package org.epma.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherListenerTest {

    private static final String HTTP_LISTENER_ENABLED =
            "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.enabled=";

    @Test
    void theHttpPortIsClosedFromBoot_afterTheSitesOwnCommands_andOpenedOnceTheDeploymentHasEnded(@TempDir Path folder)
            throws IOException {
        Path site = Files.writeString(folder.resolve("post-boot-commands.asadmin"), "# the site's\nset a.b=c\n");

        assertEquals(List.of("# the site's", "set a.b=c", HTTP_LISTENER_ENABLED + "false"), Launcher.beforeBoot(site));
        assertEquals(List.of(HTTP_LISTENER_ENABLED + "true"), Launcher.afterDeployment());
    }
}
