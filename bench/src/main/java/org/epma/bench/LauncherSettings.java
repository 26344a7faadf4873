package org.epma.bench;

import java.nio.file.Path;

/**
 * The launcher's settings that a benchmark against a running application needs, read as the launcher reads them
 * (org.epma.web.launch.Launcher: the system property, else the environment variable, else the default), so that a
 * benchmark finds the application that was started with the same settings.
 */
final class LauncherSettings {

    private LauncherSettings() {
    }

    /** Where the launcher keeps the training database and payara-system.properties. */
    static Path dataDir() {
        return Path.of(setting("epma.data.dir", "EPMA_DATA_DIR", System.getProperty("user.home") + "/.epma"));
    }

    /** The application's HL7 listener (ADT, RDS^O13). */
    static String inboundPort() {
        return setting("epma.hl7.inbound-port", "EPMA_HL7_INBOUND_PORT", "2576").strip();
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
