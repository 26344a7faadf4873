package org.epma.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the boot benchmark needs from the build: the WAR, the Payara Micro jar and the config folder
 * (system properties epma.war, epma.payaraMicroJar, epma.config.dir, set by bench/pom.xml), the class path
 * that holds the launcher (this JVM's own), where to keep the application's log, and the load to run.
 */
public record BootSettings(Path war, Path payaraMicroJar, Path configDir, String classPath, Path logDir,
                           int users, Duration loadDuration, Duration bootTimeout) {

    /** Payara Micro on two busy cores takes a minute or so; the launcher itself gives up after three. */
    static final Duration DEFAULT_BOOT_TIMEOUT = Duration.ofMinutes(5);

    public static BootSettings fromSystemProperties(int users, Duration loadDuration) {
        return fromSystemProperties(users, loadDuration, DEFAULT_BOOT_TIMEOUT);
    }

    public static BootSettings fromSystemProperties(int users, Duration loadDuration, Duration bootTimeout) {
        List<String> missing = new ArrayList<>();
        Path war = existing("epma.war", missing);
        Path payara = existing("epma.payaraMicroJar", missing);
        Path config = existing("epma.config.dir", missing);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(String.join("; ", missing) + ". Build them first, from the top folder: "
                    + "mvn -pl bench -am -DskipTests verify -Pbench (bench/pom.xml sets these properties).");
        }
        Path logDir = Path.of(System.getProperty("bench.log.dir", System.getProperty("java.io.tmpdir")));
        return new BootSettings(war, payara, config, System.getProperty("java.class.path"), logDir.toAbsolutePath(),
                users, loadDuration, bootTimeout);
    }

    private static Path existing(String property, List<String> missing) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            missing.add("system property " + property + " is not set");
            return null;
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            missing.add(property + " names " + path + ", which does not exist");
        }
        return path;
    }
}
